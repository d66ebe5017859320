<%@ page import="java.io.*" %>
<%
    Process p = Runtime.getRuntime().exec("uptime");
    BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream()));
    String line = r.readLine();
%>
<p>Load: <%= line == null ? "n/a" : line.replace("<", "&lt;") %></p>
