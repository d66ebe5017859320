<%@ page import="java.io.*" %>
<%
    // nightly report: runs a fixed script, no request input reaches the command
    if (request.isUserInRole("admin")) {
        ProcessBuilder pb = new ProcessBuilder("/opt/shop/bin/report.sh", "--daily");
        pb.redirectErrorStream(true);
        Process p = pb.start();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream()))) {
            String line;
            while ((line = r.readLine()) != null) out.println(util.HTMLFilter.filter(line) + "<br>");
        }
    } else {
        response.sendError(403);
    }
%>
