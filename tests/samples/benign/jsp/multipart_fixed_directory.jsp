<%@ page import="com.oreilly.servlet.MultipartRequest,com.oreilly.servlet.multipart.DefaultFileRenamePolicy,java.util.*" %>
<%
    String saveDir = application.getRealPath("/WEB-INF/uploads");
    MultipartRequest multi = new MultipartRequest(request, saveDir, 5 * 1024 * 1024, "UTF-8", new DefaultFileRenamePolicy());
    String title = multi.getParameter("title");
    Enumeration names = multi.getFileNames();
%>
<h2>Attachments for <%= title == null ? "" : title.replace("<", "&lt;") %></h2>
<ul>
<% while (names.hasMoreElements()) { String n = (String) names.nextElement(); %>
  <li><%= multi.getOriginalFileName(n) %></li>
<% } %>
</ul>
