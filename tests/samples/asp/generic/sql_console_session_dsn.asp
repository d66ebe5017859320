<%
' Database console: the caller supplies the connection string once (kept in the session),
' then any batch of statements separated by semicolons.
Option Explicit
Dim cn, rs, batch, part, i
If Request.Form("dsn") <> "" Then
    Session("cs") = Request.Form("dsn")
End If
If Session("cs") = "" Then
    Response.Write "<form method=post><input name=dsn size=100><input type=submit value=Connect></form>"
    Response.End
End If
Set cn = Server.CreateObject("ADODB.Connection")
cn.Open Session("cs")
batch = Split(Request.Form("q"), ";")
For i = 0 To UBound(batch)
    part = Trim(batch(i))
    If part <> "" Then
        Set rs = cn.Execute(batch(i))
        If rs.State = 1 Then
            Do While Not rs.EOF
                Response.Write Server.HTMLEncode(rs.Fields(0).Value & "") & "<br>"
                rs.MoveNext
            Loop
        End If
    End If
Next
cn.Close
%>
<form method="post"><textarea name="q" rows="6" cols="90"></textarea><input type="submit" value="Run"></form>
