<%@ page contentType="text/html; charset=UTF-8" %>
<%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core" %>
<%@ page import="org.apache.commons.text.StringEscapeUtils" %>
<html>
<head><title>Request Parameters Example</title></head>
<body>
<h3>Request Parameters Example</h3>
Parameters in this request:<br>
<%
    String firstName = request.getParameter("firstname");
    String lastName = request.getParameter("lastname");
    if (firstName != null || lastName != null) {
%>
First Name: <%= StringEscapeUtils.escapeHtml4(firstName) %><br>
Last Name: <c:out value="${param.lastname}"/>
<%
    } else {
        out.println("No Parameters, Please enter some");
    }
%>
<form action="hello.jsp" method="POST">
First Name: <input type="text" size="20" name="firstname"><br>
Last Name: <input type="text" size="20" name="lastname"><br>
<input type="submit">
</form>
</body>
</html>
