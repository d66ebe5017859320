<%
Dim p
p = Request.QueryString("page")
If p <> "" Then
    Server.Execute(p)
Else
    Response.Write "missing"
End If
%>
