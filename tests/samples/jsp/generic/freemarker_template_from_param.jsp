<%@ page import="freemarker.template.Configuration,freemarker.template.Template,java.io.StringReader,java.util.HashMap" %>
<%-- test sample (inert): a FreeMarker template written by the request, rendered with the default
     ?new class resolver (a template can build freemarker.template.utility.Execute and run commands) --%>
<%
    String tpl = request.getParameter("tpl");
    if (tpl != null) {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_31);
        Template t = new Template("page", new StringReader(tpl), cfg);
        t.process(new HashMap<String, Object>(), out);
    }
%>
