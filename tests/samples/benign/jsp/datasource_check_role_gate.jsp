<%@ page import="java.sql.*" %>
<%-- Operations page: tries a JDBC connection with the settings an operator types in. Only users
     the container has authenticated in the "ops" role get past the first check. --%>
<%
    if (request.getRemoteUser() == null || !request.isUserInRole("ops")) {
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
        return;
    }
    String driverClass = request.getParameter("driverClass");
    String jdbcUrl = request.getParameter("jdbcUrl");
    String message = "";
    if (driverClass != null && jdbcUrl != null) {
        try {
            Class.forName(driverClass);
            try (Connection c = DriverManager.getConnection(jdbcUrl, request.getParameter("login"), request.getParameter("secret"))) {
                DatabaseMetaData meta = c.getMetaData();
                message = "OK: " + meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
            }
        } catch (Exception e) {
            message = "Failed: " + e.getMessage();
        }
    }
%>
<html><body>
<h2>Check a data source</h2>
<form method="post">
  Driver class <input name="driverClass" value="org.postgresql.Driver"><br>
  JDBC URL <input name="jdbcUrl" size="60"><br>
  Login <input name="login"> Secret <input type="password" name="secret"><br>
  <input type="submit" value="Connect">
</form>
<p><%= org.apache.commons.text.StringEscapeUtils.escapeHtml4(message) %></p>
</body></html>
