<%@ Language="JScript" %>
<%
// Server-side JScript with function expressions and a fixed sort comparer; the request only
// chooses a column, which is printed escaped.
var rows = [["b", 2], ["a", 1]];
var col = Request.QueryString("col") == "name" ? 0 : 1;
rows.sort(function (x, y) { return x[col] < y[col] ? -1 : 1; });
var fmt = new Function("r", "return r[0] + ': ' + r[1];");
for (var i = 0; i < rows.length; i++) {
    Response.Write(Server.HTMLEncode(fmt(rows[i])) + "<br>");
}
%>
