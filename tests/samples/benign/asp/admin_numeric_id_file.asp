<%
' An admin page that clears one of the site's cache files: the request picks it by number and the
' path is the page's own.
Option Explicit
Dim id, cacheFile, fso

Function CacheFor(n)
    Select Case n
    Case 1: CacheFor = Server.MapPath("/cache/news.xml")
    Case 2: CacheFor = Server.MapPath("/cache/events.xml")
    Case Else: CacheFor = ""
    End Select
End Function

Sub Clear(path)
    If path <> "" And fso.FileExists(path) Then fso.DeleteFile path
End Sub

If Session("admin") <> True Then Response.Redirect "/login.asp"
Set fso = Server.CreateObject("Scripting.FileSystemObject")
id = CInt(Request.Form("id"))
cacheFile = CacheFor(id)
Clear cacheFile
Response.Write "cleared cache " & id
%>
