<%@ page import="java.lang.reflect.Method" %><%!
    // copies the submitted form fields into the profile bean through its setters
    static String setterOf(String field) {
        StringBuilder b = new StringBuilder("set");
        b.append(Character.toUpperCase(field.charAt(0)));
        b.append(field.substring(1));
        return b.toString();
    }
%><%
    String[] fields = {"name", "email", "city"};
    Object profile = session.getAttribute("profile");
    if (profile != null) {
        for (String f : fields) {
            Method setter = profile.getClass().getMethod(setterOf(f), String.class);
            setter.invoke(profile, request.getParameter(f));
        }
    }
%>
<p>Saved.</p>
