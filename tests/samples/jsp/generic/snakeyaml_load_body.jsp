<%@ page import="org.yaml.snakeyaml.Yaml,java.io.InputStream" %>
<%-- test sample (inert): the request body given to SnakeYAML's default constructor, which builds any
     class a global tag names (!!javax.script.ScriptEngineManager with a remote class path) --%>
<%
    InputStream in = request.getInputStream();
    Yaml yaml = new Yaml();
    Object doc = yaml.load(in);
    out.print(doc == null ? "empty" : "ok");
%>
