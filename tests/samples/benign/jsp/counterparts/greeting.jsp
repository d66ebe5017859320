<%@ page contentType="text/html; charset=UTF-8" %>
<%
  String name = request.getParameter("name");
  if (name == null || !name.matches("[A-Za-z ]{1,40}")) { name = "guest"; }
  session.setAttribute("visitor", name);
%>
<html><body><h1>Hello, <%= name %></h1></body></html>
