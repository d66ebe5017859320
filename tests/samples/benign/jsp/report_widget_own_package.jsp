<%@ page contentType="text/html;charset=UTF-8" import="java.lang.reflect.Method, java.util.*" %>
<%
    // Dashboard widgets: the request names a widget, the class is looked up only inside the
    // application's own widget package and must have a plain name; its render(Map) is called.
    String widgetClass = "org.example.portal.widgets." + request.getParameter("w");
    if (widgetClass.matches("org\\.example\\.portal\\.widgets\\.[A-Z][A-Za-z0-9]{1,40}")) {
        try {
            Class<?> type = Class.forName(widgetClass);
            Method render = type.getMethod("render", Map.class);
            Object widget = type.getDeclaredConstructor().newInstance();
            Map<String, Object> model = new HashMap<>();
            model.put("user", session.getAttribute("login"));
            out.println(render.invoke(widget, model));
        } catch (ReflectiveOperationException e) {
            out.println("<p>No such widget.</p>");
        }
    }
%>
