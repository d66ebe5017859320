<%@ Language=VBScript %>
<%
t = Request.Cookies("tpl")
If Len(t) > 0 Then Server.Transfer t
%>
