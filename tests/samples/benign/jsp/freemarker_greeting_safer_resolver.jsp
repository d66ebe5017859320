<%@ page import="freemarker.template.*,freemarker.core.TemplateClassResolver,java.io.StringReader,java.util.HashMap" %>
<%-- newsletter preview: the editor's template rendered with ?new limited to nothing, and a fixed
     greeting template filled with the visitor's name --%>
<%
    Configuration cfg = new Configuration(Configuration.VERSION_2_3_31);
    cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    cfg.setAPIBuiltinEnabled(false);
    HashMap<String, Object> model = new HashMap<String, Object>();
    model.put("name", request.getParameter("name"));
    new Template("greeting", new StringReader("<p>Hello ${name!'guest'}</p>"), cfg).process(model, out);
    String draft = request.getParameter("draft");
    if (draft != null) {
        new Template("draft", new StringReader(draft), cfg).process(model, out);
    }
%>
