<%@ page import="org.apache.velocity.app.VelocityEngine,org.apache.velocity.VelocityContext,java.io.StringWriter" %>
<%
    // test sample: a "template preview" that renders whatever template text the request sends
    // ($class.forName(...) in Velocity reaches any Java class)
    VelocityEngine engine = new VelocityEngine();
    engine.init();
    StringWriter w = new StringWriter();
    engine.evaluate(new VelocityContext(), w, "preview", request.getParameter("tpl"));
    out.print(w);
%>
