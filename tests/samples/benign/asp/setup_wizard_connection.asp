<%
' First-run setup: the administrator types the database connection string, the page checks it,
' creates the application's tables and stores the string in the configuration file.
Option Explicit
Dim cn, cs, fso, cfg
If Request.Form("step") = "2" Then
    cs = Request.Form("connection")
    Set cn = Server.CreateObject("ADODB.Connection")
    cn.Open cs
    cn.Execute "CREATE TABLE news (id INT IDENTITY(1,1) PRIMARY KEY, title NVARCHAR(200), body NTEXT)"
    cn.Execute "CREATE TABLE users (id INT IDENTITY(1,1) PRIMARY KEY, login NVARCHAR(50), pass NVARCHAR(64))"
    cn.Close
    Set fso = Server.CreateObject("Scripting.FileSystemObject")
    Set cfg = fso.CreateTextFile(Server.MapPath("/config/db.inc"), True)
    cfg.WriteLine "<" & "% Const DB_CONNECTION = """ & Replace(cs, """", """""") & """ %" & ">"
    cfg.Close
    Response.Write "Setup finished. Delete install.asp now."
    Response.End
End If
%>
<form method="post"><input type="hidden" name="step" value="2">
Connection string: <input name="connection" size="100"><input type="submit" value="Install"></form>
