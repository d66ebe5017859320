<%@ page import="org.apache.commons.jexl3.*" %>
<%-- price calculator: a fixed JEXL formula, the visitor's quantity passed in as a number --%>
<%
    JexlEngine engine = new JexlBuilder().strict(true).create();
    JexlExpression total = engine.createExpression("qty * unit * (1 - discount)");
    MapContext ctx = new MapContext();
    int qty = 1;
    try { qty = Integer.parseInt(request.getParameter("qty")); } catch (Exception e) { }
    ctx.set("qty", qty);
    ctx.set("unit", 12.5);
    ctx.set("discount", qty > 10 ? 0.1 : 0.0);
%>
<p>Total: <%= total.evaluate(ctx) %></p>
