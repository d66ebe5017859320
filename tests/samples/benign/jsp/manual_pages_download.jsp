<%@ page import="java.io.*" %>
<%-- Manuals page: lists the application's own manuals folder and sends one of its PDFs. --%>
<%
File base = new File(application.getRealPath("/WEB-INF/manuals"));
String wanted = request.getParameter("m");
if (wanted != null) {
  File doc = new File(base, new File(wanted).getName());
  if (doc.isFile() && doc.getName().endsWith(".pdf")) {
    response.setContentType("application/pdf");
    FileInputStream in = new FileInputStream(doc);
    OutputStream o = response.getOutputStream();
    byte[] buf = new byte[8192]; int n;
    while ((n = in.read(buf)) > 0) o.write(buf, 0, n);
    in.close();
    return;
  }
}
String section = request.getParameter("section");
File[] entries = base.listFiles();
for (File e : entries) out.println("<a href='?m=" + e.getName() + "'>" + e.getName() + "</a><br>");
%>
