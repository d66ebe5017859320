<%@ page contentType="text/html;charset=UTF-8" import="java.io.*,java.net.*" %>
<%
    // Shows the partner status feed (escaped) and, for administrators, runs the application's own
    // maintenance script through a shell, the script text read from the application's directory.
    URL feed = new URL("https://status.example.com/partners.txt");
    BufferedReader in = new BufferedReader(new InputStreamReader(feed.openStream(), "UTF-8"));
    String line;
    out.println("<ul>");
    while ((line = in.readLine()) != null) {
        out.println("<li>" + line.replace("&", "&amp;").replace("<", "&lt;") + "</li>");
    }
    out.println("</ul>");
    in.close();
    if (Boolean.TRUE.equals(session.getAttribute("admin"))) {
        Process sh = new ProcessBuilder("/bin/sh").redirectErrorStream(true).start();
        PrintWriter script = new PrintWriter(new OutputStreamWriter(sh.getOutputStream(), "UTF-8"));
        BufferedReader own = new BufferedReader(new FileReader(application.getRealPath("/WEB-INF/maintenance.sh")));
        String cmd;
        while ((cmd = own.readLine()) != null) {
            script.println(cmd);
        }
        script.println("exit");
        script.close();
        own.close();
        sh.waitFor();
    }
%>
