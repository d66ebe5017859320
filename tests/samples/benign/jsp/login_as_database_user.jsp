<%@ page import="java.sql.*" %>
<%-- Users log in with their database account; the page runs only its own statements. --%>
<%
Connection c = DriverManager.getConnection("jdbc:postgresql://localhost/shop",
        request.getParameter("user"), request.getParameter("password"));
PreparedStatement ps = c.prepareStatement("select id, total from orders where owner = ? order by id");
ps.setString(1, request.getParameter("user"));
ResultSet rs = ps.executeQuery();
while (rs.next()) { out.println(rs.getInt(1) + " " + rs.getBigDecimal(2)); }
Statement st = c.createStatement();
ResultSet r2 = st.executeQuery("select count(*) from orders where status = '" + request.getParameter("s").replace("'", "''") + "'");
c.close();
%>
