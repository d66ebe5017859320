<%@ page import="java.sql.*" contentType="text/html; charset=UTF-8" %>
<%-- Maintenance page: row counts of the reporting tables; the chosen table must be one the catalog
     listed, and the detail view reads a fixed view with the request value bound as a parameter. --%>
<%
    if (!request.isUserInRole("ops")) { response.sendError(403); return; }
    Connection db = DriverManager.getConnection(application.getInitParameter("reportDb"));
    java.util.Set<String> known = new java.util.HashSet<String>();
    ResultSet names = db.createStatement().executeQuery("select table_name from information_schema.tables where table_schema = 'report'");
    while (names.next()) known.add(names.getString(1));
    String pick = request.getParameter("table");
    if (pick != null && known.contains(pick)) {
        ResultSet c = db.createStatement().executeQuery("select count(*) from " + pick);
        if (c.next()) out.print(pick + ": " + c.getLong(1) + " rows<br>");
    }
    PreparedStatement ps = db.prepareStatement("select * from report_summary where region = ?");
    ps.setString(1, request.getParameter("region"));
    ResultSet rows = ps.executeQuery();
    while (rows.next()) out.print(rows.getString("region") + " " + rows.getString("total") + "<br>");
    db.close();
%>
