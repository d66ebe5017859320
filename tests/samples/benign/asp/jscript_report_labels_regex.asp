<%@ Language="JScript" %>
<%
// report page: labels joined from pieces, a database object, a pattern run on the query
var title = ["Shared", "Drive", "Usage"].join(" ");
var heading = "Show" + "case";
var conn = new ActiveXObject("ADODB.Connection");
conn.Open("DSN=reports");
var m = /^(\d{4})-(\d{2})$/.exec(String(Request.QueryString("month")));
var rs = conn.Execute("SELECT drive, used FROM usage WHERE y = " + (m ? parseInt(m[1], 10) : 0));
Response.Write("<h1>" + Server.HTMLEncode(title) + " - " + heading + "</h1>");
while (!rs.EOF) {
    Response.Write("<p>" + Server.HTMLEncode(String(rs("drive"))) + ": " + rs("used") + "</p>");
    rs.MoveNext();
}
conn.Close();
%>
