<%@ page contentType="text/html;charset=UTF-8" %>
<%!
    static final String LOGO = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";
%>
<%
    Class.forName("org.postgresql.Driver");
    java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:postgresql://localhost/shop", "shop", "");
    String q = request.getParameter("q");
%>
<img src="data:image/png;base64,<%= LOGO %>" alt="logo">
<p>Searching for <%= q == null ? "" : q.replaceAll("[<>&\"]", "") %></p>
<% c.close(); %>
