<%@ page import="java.lang.reflect.Method" %>
<%!
    public static class Profile {
        private String city = "", phone = "";
        public void setCity(String v) { city = v; }
        public void setPhone(String v) { phone = v; }
        public String getCity() { return city; }
    }
%>
<%
    // a profile form: fills the bean's own setters from the submitted fields (its own methods only)
    Profile p = new Profile();
    for (Method m : Profile.class.getMethods()) {
        if (m.getName().startsWith("set") && m.getParameterTypes().length == 1) {
            String field = m.getName().substring(3).toLowerCase();
            String v = request.getParameter(field);
            if (v != null) m.invoke(p, v.trim());
        }
    }
    out.print(org.apache.commons.text.StringEscapeUtils.escapeHtml4(p.getCity()));
%>
