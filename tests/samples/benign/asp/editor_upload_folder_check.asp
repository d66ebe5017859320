<%@ CODEPAGE=65001 %>
<% Option Explicit %>
<!--#include file="upload_parser.asp"-->
<%
' Image upload for the article editor. The folder must be one of a fixed list (ShowError ends the
' response); the parser keeps only the extensions the folder allows.
Dim basePath, folderName, allowedTypes, parser, posted, fso, stamp, result

basePath = "../content/"
Set fso = Server.CreateObject("Scripting.FileSystemObject")

folderName = Request.QueryString("dir")
If isEmpty(folderName) Then
	folderName = "image"
End If
If InStr(LCase("image,media,file"), folderName) < 1 Then
	ShowError "Unknown folder."
End If

Select Case folderName
	Case "media" allowedTypes = "mp3|mp4|webm"
	Case "file" allowedTypes = "pdf|txt|zip"
	Case Else allowedTypes = "gif|jpg|jpeg|png"
End Select

Set parser = New UploadParser
parser.AllowedTypes = allowedTypes
parser.MaxBytes = 10 * 1024 * 1024
parser.Parse()
If parser.ErrorCode > 0 Then
	ShowError parser.ErrorText
End If

basePath = basePath & folderName & "/"
If Not fso.FolderExists(Server.MapPath(basePath)) Then
	fso.CreateFolder(Server.MapPath(basePath))
End If
stamp = Year(Now) & Right("0" & Month(Now), 2)
basePath = basePath & stamp & "/"
If Not fso.FolderExists(Server.MapPath(basePath)) Then
	fso.CreateFolder(Server.MapPath(basePath))
End If

Set posted = parser.Files("upload")
If posted Is Nothing Then
	ShowError "No file."
End If
Set result = posted.SaveInto(basePath, True)

Response.ContentType = "application/json"
Response.Write "{""error"":0,""url"":""" & basePath & posted.StoredName & """}"
Response.End

Sub ShowError(message)
	Response.ContentType = "application/json"
	Response.Write "{""error"":1,""message"":""" & message & """}"
	Response.End
End Sub
%>
