<%@ page import="com.sun.tools.attach.VirtualMachine,com.sun.tools.attach.VirtualMachineDescriptor" %>
<%-- operations page: lists the Java VMs on the host and reads one system property of each --%>
<table>
<%
    for (VirtualMachineDescriptor d : VirtualMachine.list()) {
        String version = "?";
        try {
            VirtualMachine vm = VirtualMachine.attach(d);
            version = vm.getSystemProperties().getProperty("java.version");
            vm.detach();
        } catch (Exception e) { }
%>
<tr><td><%= d.id() %></td><td><%= d.displayName().replace("<", "&lt;") %></td><td><%= version %></td></tr>
<% } %>
</table>
