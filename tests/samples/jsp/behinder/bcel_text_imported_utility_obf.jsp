<%@ page import="com.sun.org.apache.bcel.internal.classfile.Utility,java.lang.reflect.*" %>
<%-- webhunt test sample (inert, obfuscated variant): the decoder imported, the method name of
     defineClass assembled from two halves, the BCEL text split in pieces --%>
<%!
    static String p1 = "$ca$fe$ba$be$A$A$A4$A$n";
    static String p2 = "$K$A$C$A$D$H$A$E$B$A$Hsample$B$A$Kinert$_text";
    Object z(ClassLoader c, byte[] d) throws Exception {
        Method q = ClassLoader.class.getDeclaredMethod("define" + "Class", byte[].class, int.class, int.class);
        q.setAccessible(true);
        return q.invoke(c, d, 0, d.length);
    }
%>
<%
    byte[] d = Utility.decode(p1 + p2, false);
    Object c = z(this.getClass().getClassLoader(), d);
    ((Class) c).newInstance();
%>
