<%@ Language="VBScript" %>
<%
Option Explicit
Dim conn, cmd, name, msg
name = Trim(Request.Form("name"))
msg = Trim(Request.Form("message"))
If Request.ServerVariables("REQUEST_METHOD") = "POST" And name <> "" Then
    Set conn = Server.CreateObject("ADODB.Connection")
    conn.Open Application("ConnString")
    Set cmd = Server.CreateObject("ADODB.Command")
    Set cmd.ActiveConnection = conn
    cmd.CommandText = "INSERT INTO Guestbook (Name, Message) VALUES (?, ?)"
    cmd.Execute , Array(name, msg)
    conn.Close
End If
%>
<html><body>
<p>Thanks, <%= Server.HTMLEncode(name) %>!</p>
<form method="post"><input name="name"><textarea name="message"></textarea><input type="submit"></form>
</body></html>
