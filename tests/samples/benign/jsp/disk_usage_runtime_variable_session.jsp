<%@ page import="java.io.*" contentType="text/html;charset=UTF-8" %>
<%
    if (session.getAttribute("adminUser") == null) { response.sendRedirect("login.jsp"); return; }
    Runtime rt = Runtime.getRuntime();
    Process p = rt.exec(new String[]{"df", "-h"});
    BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream()));
    StringBuilder report = new StringBuilder();
    for (String l; (l = out.readLine()) != null; ) report.append(l).append("\n");
%>
<pre><%= report.toString().replace("&", "&amp;").replace("<", "&lt;") %></pre>
