<%
' Intranet page: the IIS sites of this server with their anonymous account name and home folder
If Session("role") <> "admin" Then Response.Redirect "login.asp"
Dim svc, s, r
Set svc = GetObject("IIS://localhost/W3SVC")
Response.Write "<table>"
For Each s In svc
    If s.Class = "IIsWebServer" Then
        Set r = GetObject("IIS://localhost/W3SVC/" & s.Name & "/ROOT")
        Response.Write "<tr><td>" & Server.HTMLEncode(s.ServerComment) & "</td><td>" & Server.HTMLEncode(r.AnonymousUserName) & "</td><td>" & Server.HTMLEncode(r.Path) & "</td></tr>"
    End If
Next
Response.Write "</table>"
%>
