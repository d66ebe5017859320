<%@ page import="java.io.*,java.net.*,java.util.*" %>
<%-- Status widget: relays the health endpoint of one of the configured backends. --%>
<%
String node = request.getParameter("node");
String[] backends = {"http://10.0.0.11:8080/health", "http://10.0.0.12:8080/health"};
int i = "2".equals(node) ? 1 : 0;
HttpURLConnection c = (HttpURLConnection) new URL(backends[i]).openConnection();
for (Map.Entry<String, List<String>> h : c.getHeaderFields().entrySet()) {
  if ("Cache-Control".equals(h.getKey())) response.setHeader(h.getKey(), h.getValue().get(0));
}
BufferedReader r = new BufferedReader(new InputStreamReader(c.getInputStream()));
String line;
while ((line = r.readLine()) != null) out.println(line);
%>
