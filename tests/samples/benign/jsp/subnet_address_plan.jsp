<%@ page import="java.net.*,java.io.*" %>
<%-- Address plan of an office subnet for the network team: prints the /24 the visitor asks for,
     marks reserved addresses, and shows whether the vendor's update feed answers. --%>
<%!
    static final String FEED = "https://updates.example.com/feed.xml";
    boolean feedUp() {
        try {
            HttpURLConnection c = (HttpURLConnection) new URL(FEED).openConnection();
            c.setConnectTimeout(2000);
            return c.getResponseCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }
%>
<%
    String net = request.getParameter("net");
    if (net == null || !net.matches("10\\.\\d{1,3}\\.\\d{1,3}\\.0")) net = "10.20.30.0";
    String prefix = net.substring(0, net.lastIndexOf(".") + 1);
%>
<h1>Address plan for <%= net %>/24</h1>
<p>Update feed: <%= feedUp() ? "reachable" : "unreachable" %></p>
<table>
<% for (int i = 1; i <= 254; i++) { %>
  <tr><td><%= prefix + i %></td><td><%= i < 10 ? "reserved (infrastructure)" : (i > 200 ? "DHCP pool" : "static") %></td></tr>
<% } %>
</table>
