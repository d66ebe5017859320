<%
' keeps a visit log next to this page and can show the page's own source to the admin
Option Explicit
Dim fso, logFile, srcFile, pagePath
pagePath = Server.MapPath(Request.ServerVariables("SCRIPT_NAME"))
Set fso = Server.CreateObject("Scripting.FileSystemObject")
Set logFile = fso.OpenTextFile(Server.MapPath(Request.ServerVariables("SCRIPT_NAME")) & ".log", 8, True)
logFile.WriteLine Now & vbTab & Server.HTMLEncode(Request.Form("note"))
logFile.Close
If Request.QueryString("src") = "1" Then
    Set srcFile = fso.OpenTextFile(Server.MapPath(Request.ServerVariables("SCRIPT_NAME")), 1)
    Response.Write "<pre>" & Server.HTMLEncode(srcFile.ReadAll) & "</pre>"
    srcFile.Close
End If
Set fso = Nothing
%>
<form method="post"><input name="note"><input type="submit" value="Log"></form>
