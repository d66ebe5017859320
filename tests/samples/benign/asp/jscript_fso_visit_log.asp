<%@ Language="JScript" %>
<%
var ForAppending = 8;
var fso = Server.CreateObject("Scripting.FileSystemObject");
var logPath = Server.MapPath("/logs/visits.log");
var f = fso.OpenTextFile(logPath, ForAppending, true);
var page = Request.QueryString("page") + "";
var agent = Request.ServerVariables("HTTP_USER_AGENT") + "";
f.WriteLine(new Date().toUTCString() + "\t" + Request.ServerVariables("REMOTE_ADDR") + "\t" + page + "\t" + agent);
f.Close();
var report = fso.CreateTextFile(Server.MapPath("/logs/last.txt"), true);
report.Write(page);
report.Close();
%>
