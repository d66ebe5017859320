<%@ page import="org.apache.velocity.app.VelocityEngine,org.apache.velocity.VelocityContext,java.io.StringWriter" %>
<%
    // a greeting card: a fixed template, the visitor's name only a context value (escaped)
    VelocityEngine engine = new VelocityEngine();
    engine.init();
    VelocityContext ctx = new VelocityContext();
    String name = request.getParameter("name");
    ctx.put("name", org.apache.commons.text.StringEscapeUtils.escapeHtml4(name == null ? "guest" : name));
    StringWriter w = new StringWriter();
    engine.evaluate(ctx, w, "card", "<p>Hello $name, welcome back.</p>");
    out.print(w);
%>
