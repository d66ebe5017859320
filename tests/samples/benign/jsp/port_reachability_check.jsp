<%@ page import="java.net.*" %>
<%-- Admin page: is a configured backend reachable, and which local port would a test server get --%>
<%
if (!request.isUserInRole("ops")) { response.sendError(403); return; }
String backend = application.getInitParameter("backend.host");
int backendPort = Integer.parseInt(request.getParameter("port"));
String state;
try (Socket probe = new Socket()) {
    probe.connect(new InetSocketAddress(backend, backendPort), 2000);
    state = "reachable";
} catch (java.io.IOException e) {
    state = "unreachable";
}
int freePort;
try (ServerSocket tmp = new ServerSocket(0)) { freePort = tmp.getLocalPort(); }
%>
<p>Backend <%= backend %>:<%= backendPort %> is <%= state %>; a free local port would be <%= freePort %>.</p>
