<%@ page import="java.sql.*,java.io.*,java.util.*,javax.sql.DataSource,javax.naming.InitialContext" %>
<%-- Admin schema browser: lists the application's tables, previews one of them and saves it as CSV
     into the application's export folder. Only tables listed by the catalog can be chosen. --%>
<%
    if (!request.isUserInRole("dba")) { response.sendError(403); return; }
    DataSource ds = (DataSource) new InitialContext().lookup("java:comp/env/jdbc/app");
    Connection c = ds.getConnection();
    List<String> tables = new ArrayList<String>();
    ResultSet names = c.createStatement().executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = 'app'");
    while (names.next()) tables.add(names.getString(1));
    names.close();
    String pick = request.getParameter("table");
    if (pick != null && tables.contains(pick)) {
        ResultSet rows = c.createStatement().executeQuery("SELECT * FROM " + pick + " LIMIT 500");
        int cols = rows.getMetaData().getColumnCount();
        File target = new File(application.getRealPath("/WEB-INF/exports"), pick + ".csv");
        PrintWriter csv = new PrintWriter(new FileWriter(target));
        while (rows.next()) {
            StringBuilder line = new StringBuilder();
            for (int k = 1; k <= cols; k++) line.append(k > 1 ? ";" : "").append(rows.getString(k));
            csv.println(line);
        }
        csv.close();
        rows.close();
        out.println("saved " + target.getName());
    }
    c.close();
    for (String t : tables) out.println("<a href='?table=" + t + "'>" + t + "</a><br/>");
%>
