<%@ Page Language="JScript" Debug="false" %>
<%
// inert test sample: the payload is a packed base64 literal and the override is glued inline
var blob : String = "UmVzcG9uc2UuV3JpdGUoInRlc3QiKQ==";
var code : String = System.Text.Encoding.UTF8.GetString(System.Convert.FromBase64String(blob));
eval(code, "un" + "saf" + "e");
%>
