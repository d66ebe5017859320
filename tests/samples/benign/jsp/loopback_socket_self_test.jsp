<%@ page import="java.net.*,java.io.*" %>
<%
// health check: opens an ephemeral loopback listener, connects to it and echoes one byte, then
// reports how long a TCP round trip inside the JVM takes; the request only picks the output format
String format = request.getParameter("format");
long t0 = System.nanoTime();
ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
Socket c = new Socket(InetAddress.getLoopbackAddress(), probe.getLocalPort());
Socket s = probe.accept();
c.getOutputStream().write(42);
int echoed = s.getInputStream().read();
long micros = (System.nanoTime() - t0) / 1000;
c.close(); s.close(); probe.close();
if ("json".equals(format)) {
    out.print("{\"loopbackMicros\":" + micros + ",\"ok\":" + (echoed == 42) + "}");
} else {
    out.print("loopback round trip: " + micros + " us");
}
%>
