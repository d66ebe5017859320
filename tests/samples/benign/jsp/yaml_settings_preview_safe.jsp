<%@ page import="org.yaml.snakeyaml.Yaml,org.yaml.snakeyaml.LoaderOptions,org.yaml.snakeyaml.constructor.SafeConstructor,java.util.Map" %>
<%-- settings preview: pasted YAML read with SafeConstructor (maps, lists and scalars only) --%>
<%
    String text = request.getParameter("settings");
    if (text != null) {
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        Object doc = yaml.load(text);
        if (doc instanceof Map) {
            for (Object k : ((Map<?, ?>) doc).keySet()) {
                out.println("<li>" + org.apache.commons.text.StringEscapeUtils.escapeHtml4(String.valueOf(k)) + "</li>");
            }
        }
    }
%>
