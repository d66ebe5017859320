<%@ Language="VBScript" %>
<%
' Monthly totals report: the operator picks one of the configured reporting databases; the query
' is fixed.
Dim dsn, cn, rs
dsn = Trim(Request.Form("dsn"))
If dsn <> "reports_eu" And dsn <> "reports_us" Then dsn = "reports_eu"
Set cn = Server.CreateObject("ADODB.Connection")
cn.Open "DSN=" & dsn
Set rs = cn.Execute("SELECT month, total FROM monthly_totals ORDER BY month")
Do While Not rs.EOF
    Response.Write Server.HTMLEncode(rs("month") & ": " & rs("total")) & "<br>"
    rs.MoveNext
Loop
cn.Close
%>
