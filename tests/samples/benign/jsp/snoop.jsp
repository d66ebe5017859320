<%@ page import="java.util.Enumeration" %>
<html><body bgcolor="white">
<h1>Request Information</h1>
<font size="4">
JSP Request Method: <%= util.HTMLFilter.filter(request.getMethod()) %><br>
Request URI: <%= util.HTMLFilter.filter(request.getRequestURI()) %><br>
Request Protocol: <%= util.HTMLFilter.filter(request.getProtocol()) %><br>
Servlet path: <%= util.HTMLFilter.filter(request.getServletPath()) %><br>
Query string: <%= util.HTMLFilter.filter(request.getQueryString()) %><br>
Content length: <%= request.getContentLength() %><br>
Remote address: <%= util.HTMLFilter.filter(request.getRemoteAddr()) %><br>
<hr>
<%
    Enumeration<String> e = request.getHeaderNames();
    while (e.hasMoreElements()) {
        String h = e.nextElement();
        out.println(util.HTMLFilter.filter(h) + ": " + util.HTMLFilter.filter(request.getHeader(h)) + "<br>");
    }
%>
</font>
</body></html>
