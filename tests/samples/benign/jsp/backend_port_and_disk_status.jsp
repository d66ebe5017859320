<%@page import="java.io.*,java.net.*"%>
<%-- operations status: is the search backend listening, and how full are the disks --%>
<%
  String state;
  try (Socket probe = new Socket()) {
    probe.connect(new InetSocketAddress("search.internal.example", 9200), 2000);
    state = "up";
  } catch (IOException e) {
    state = "down";
  }
  ProcessBuilder pb = new ProcessBuilder("sh", "-c", "df -h /var /srv");
  pb.redirectErrorStream(true);
  Process p = pb.start();
  ByteArrayOutputStream buf = new ByteArrayOutputStream();
  InputStream in = p.getInputStream();
  byte[] chunk = new byte[4096];
  int n;
  while ((n = in.read(chunk)) != -1) buf.write(chunk, 0, n);
  p.waitFor();
%>
<html><body>
<p>Search backend: <%= state %></p>
<pre><%= buf.toString("UTF-8").replace("<", "&lt;") %></pre>
</body></html>
