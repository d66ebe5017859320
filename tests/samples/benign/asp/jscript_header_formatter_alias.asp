<%@ Language="JScript" %>
<%
// look-alike (sweep 73): a page's own formatting function kept under a short name and applied to a
// request header (the visitor's language); no eval, no Function constructor
function formatLanguage(v) { return String(v).split(",")[0]; }
var fmt = formatLanguage;
var lang = Request.ServerVariables("HTTP_ACCEPT_LANGUAGE");
Response.Write(Server.HTMLEncode(fmt(lang)));
%>
