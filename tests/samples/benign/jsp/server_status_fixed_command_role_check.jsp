<%@ page import="java.io.*" contentType="text/html;charset=UTF-8" %>
<%
    if (request.getUserPrincipal() == null || !request.isUserInRole("admin")) {
        response.sendError(403);
        return;
    }
    String[] cmd = {"/usr/bin/uptime"};
    Process p = Runtime.getRuntime().exec(cmd);
    BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream()));
    StringBuilder sb = new StringBuilder();
    String line;
    while ((line = r.readLine()) != null) { sb.append(line).append('\n'); }
    p.waitFor();
%>
<html><body><h1>Server status</h1><pre><%= sb.toString().replace("<", "&lt;") %></pre></body></html>
