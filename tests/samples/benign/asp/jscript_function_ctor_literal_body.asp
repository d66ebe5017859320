<%@ Language="JScript" %>
<%
// look-alike (sweep 73): a small formula compiled once from a literal body; the request value is
// only an argument to the function, never its code
var n = Request.QueryString("n");
var add = new Function("a", "b", "return a + b;");
Response.Write(Server.HTMLEncode(String(add(Number(n), 1))));
%>
