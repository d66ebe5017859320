<%@ page import="java.net.*,java.io.*" %>
<%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core" %>
<%
// uptime badge: tells the company's status service which page asks and shows its answer as text
String self = "https://" + request.getServerName() + request.getRequestURI();
URL u = new URL("https://status.example.com/badge?page=" + URLEncoder.encode(self, "UTF-8"));
StringBuilder sb = new StringBuilder();
try (BufferedReader br = new BufferedReader(new InputStreamReader(u.openStream(), "UTF-8"))) {
    String line;
    while ((line = br.readLine()) != null) sb.append(line);
}
pageContext.setAttribute("badge", sb.toString());
%>
<p>Status: <c:out value="${badge}" escapeXml="true"/></p>
