<%@ page contentType="text/html; charset=UTF-8" import="java.util.*" %>
<html><body>
<h3>Sessions Example</h3>
<%
    String dataName = request.getParameter("dataname");
    String dataValue = request.getParameter("datavalue");
    if (dataName != null && dataValue != null) {
        session.setAttribute(dataName, dataValue);
    }
    out.println("Session ID: " + session.getId() + "<br>");
    out.println("Created: " + new Date(session.getCreationTime()) + "<br>");
    out.println("Last Accessed: " + new Date(session.getLastAccessedTime()) + "<br>");
    out.println("<p>The following data is in your session:<br>");
    Enumeration<String> names = session.getAttributeNames();
    while (names.hasMoreElements()) {
        String name = names.nextElement();
        String value = session.getAttribute(name).toString();
        out.println(util.HTMLFilter.filter(name) + " = " + util.HTMLFilter.filter(value) + "<br>");
    }
%>
<form action="sessions.jsp" method="POST">
Name of Session Attribute: <input type="text" size="20" name="dataname"><br>
Value of Session Attribute: <input type="text" size="20" name="datavalue"><br>
<input type="submit">
</form>
</body></html>
