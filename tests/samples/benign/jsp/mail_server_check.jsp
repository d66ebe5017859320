<%@ page import="java.net.Socket,java.io.*" contentType="text/plain" %>
<%
    String host = application.getInitParameter("mail.host");
    int port = Integer.parseInt(application.getInitParameter("mail.port"));
    Socket s = new Socket(host, port);
    try {
        s.setSoTimeout(2000);
        BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream()));
        String banner = in.readLine();
        out.println(banner != null && banner.startsWith("220") ? "mail server up" : "mail server not answering");
    } finally {
        s.close();
    }
%>
