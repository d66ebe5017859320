<%@ Language="JScript" %>
<!--#include file="adovbs.inc"-->
<%
var conn = Server.CreateObject("ADODB.Connection");
conn.Open(Application("ConnString"));
var cmd = Server.CreateObject("ADODB.Command");
cmd.ActiveConnection = conn;
cmd.CommandText = "SELECT id, title FROM articles WHERE category = ? AND author = ?";
var category = Request.QueryString("cat") + "";
cmd.Parameters.Append(cmd.CreateParameter("cat", 200, 1, 50, category));
cmd.Parameters.Append(cmd.CreateParameter("author", 3, 1, 4, parseInt(Request.QueryString("a"), 10)));
var rs = cmd.Execute();
while (!rs.EOF) {
  Response.Write("<li>" + Server.HTMLEncode(rs("title").Value) + "</li>");
  rs.MoveNext();
}
rs.Close();
conn.Close();
%>
