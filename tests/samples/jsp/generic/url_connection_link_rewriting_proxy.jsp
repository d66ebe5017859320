<%-- inert test sample: a browsing proxy that fetches any address and routes the page links back through itself --%>
<%@ page import="java.io.*,java.net.*,java.util.*" %>
<%
String u = request.getParameter("u");
HttpURLConnection c = (HttpURLConnection) new URL(u).openConnection();
for (Map.Entry<String, List<String>> h : c.getHeaderFields().entrySet()) { if (h.getKey() != null) response.setHeader(h.getKey(), h.getValue().get(0)); }
BufferedReader r = new BufferedReader(new InputStreamReader(c.getInputStream()));
StringBuilder sb = new StringBuilder(); String line;
while ((line = r.readLine()) != null) sb.append(line).append("\n");
String page = sb.toString().replaceAll("((src|href)\\s*=\\s*[\"'])(http[^\"']+)", "$1" + request.getRequestURI() + "?u=$3");
out.print(page);
%>
