<%
' security audit page: shows whether xp_cmdshell is enabled; the request only picks the sort order
Dim cn, rs, sortBy
sortBy = Request.QueryString("sort")
If sortBy <> "value" Then sortBy = "name"
Set cn = Server.CreateObject("ADODB.Connection")
cn.Open Application("dsn")
Set rs = cn.Execute("SELECT name, value_in_use FROM sys.configurations WHERE name = 'xp_cmdshell' ORDER BY " & sortBy)
Do While Not rs.EOF
    Response.Write Server.HTMLEncode(rs("name") & "") & ": " & rs("value_in_use") & "<br>"
    rs.MoveNext
Loop
cn.Close
%>
