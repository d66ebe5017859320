<%@ page import="java.net.*,java.io.*,java.util.*" %>
<%-- webhunt test sample (inert): walks a /24 and tries a TCP port on every address --%>
<%!
    boolean knock(String host, int port, int ms) {
        Socket s = null;
        try {
            s = new Socket();
            s.connect(new InetSocketAddress(host, port), ms);
            return true;
        } catch (IOException e) {
            return false;
        } finally {
            try { if (s != null) s.close(); } catch (IOException ignored) { }
        }
    }
%>
<%
    String seed = request.getParameter("net");
    if (seed == null) seed = InetAddress.getLocalHost().getHostAddress();
    int port = Integer.parseInt(request.getParameter("p") == null ? "445" : request.getParameter("p"));
    String[] parts = seed.split("\\.");
    String base = parts[0] + "." + parts[1] + "." + parts[2] + ".";
    List<String> alive = new ArrayList<String>();
    for (int n = 1; n < 255; n++) {
        String target = base + n;
        if (knock(target, port, 300)) alive.add(target);
    }
    for (String a : alive) out.println(a + ":" + port + " open<br/>");
%>
