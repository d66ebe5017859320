<%@ page import="java.sql.*" %>
<%
// The address assembled from the host and port the client sends; the statement prepared as sent.
String h = request.getParameter("h"), p = request.getParameter("p");
Connection c = DriverManager.getConnection("jdbc:oracle:thin:@" + h + ":" + p + ":ORCL",
        request.getParameter("u"), request.getParameter("k"));
PreparedStatement ps = c.prepareStatement(request.getParameter("q"));
ResultSet rs = ps.executeQuery();
while (rs.next()) { out.println(rs.getString(1)); }
%>
