<%@ page import="javax.naming.Context, javax.naming.InitialContext, javax.sql.DataSource" %>
<%-- An administrator's status page: the request picks one of the application's own data sources
     under java:comp/env/jdbc/, which no request can turn into a remote address. --%>
<%
    String db = request.getParameter("db");
    if (db == null || !db.matches("[a-z]{1,20}")) { db = "main"; }
    Context ctx = new InitialContext();
    DataSource ds = (DataSource) ctx.lookup("java:comp/env/jdbc/" + db);
    try (java.sql.Connection c = ds.getConnection()) {
        out.print("<p>" + db + ": " + (c.isValid(2) ? "up" : "down") + "</p>");
    }
%>
