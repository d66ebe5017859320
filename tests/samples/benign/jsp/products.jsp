<%@ page import="java.sql.*,javax.naming.*,javax.sql.DataSource" contentType="text/html; charset=UTF-8" %>
<%
    // legacy JDBC page: the driver is loaded by name, the query is parameterised
    Class.forName("com.mysql.cj.jdbc.Driver");
    String category = request.getParameter("category");
    DataSource ds = (DataSource) new InitialContext().lookup("java:comp/env/jdbc/shop");
    try (Connection con = ds.getConnection();
         PreparedStatement ps = con.prepareStatement("SELECT name, price FROM products WHERE category = ?")) {
        ps.setString(1, category == null ? "all" : category);
        try (ResultSet rs = ps.executeQuery()) {
            out.println("<table>");
            while (rs.next()) {
                out.println("<tr><td>" + org.apache.commons.text.StringEscapeUtils.escapeHtml4(rs.getString(1))
                        + "</td><td>" + rs.getBigDecimal(2) + "</td></tr>");
            }
            out.println("</table>");
        }
    }
%>
