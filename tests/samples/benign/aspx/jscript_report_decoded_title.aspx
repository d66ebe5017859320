<%@ Page Language="JScript" %>
<%
// Sales report: the title arrives URL-encoded from the dashboard link; data comes from ADODB.
var ctx = System.Web.HttpContext.Current;
var title = decodeURIComponent(String(ctx.Request.QueryString("title") || "Monthly%20sales"));
var conn = new ActiveXObject("ADODB.Connection");
conn.Open("Provider=SQLOLEDB;Data Source=reports;Integrated Security=SSPI;Initial Catalog=sales");
var rs = conn.Execute("SELECT region, total FROM monthly_totals ORDER BY region");
ctx.Response.Write("<h1>" + Server.HtmlEncode(title) + "</h1><table>");
while (!rs.EOF) {
    ctx.Response.Write("<tr><td>" + Server.HtmlEncode(String(rs("region").Value)) + "</td><td>" + rs("total").Value + "</td></tr>");
    rs.MoveNext();
}
ctx.Response.Write("</table>");
rs.Close();
conn.Close();
%>
