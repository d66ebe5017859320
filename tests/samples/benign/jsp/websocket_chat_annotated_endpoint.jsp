<%@ page import="javax.websocket.server.ServerEndpointConfig" contentType="text/html; charset=UTF-8" %>
<%-- Chat page: the endpoint is declared with @ServerEndpoint in the application; this page only
     shows which path the configuration builder would use and checks the chat backend is reachable. --%>
<%
    ServerEndpointConfig preview = ServerEndpointConfig.Builder.create(Object.class, "/chat").build();
    boolean up = java.net.InetAddress.getByName("chat-backend.internal").isReachable(500);
%>
<html><body>
<p>Chat endpoint: <%= preview.getPath() %> (backend <%= up ? "up" : "down" %>)</p>
<script>var ws = new WebSocket("wss://" + location.host + "/chat");</script>
</body></html>
