<%
' Intranet report: only office addresses may read it; others are refused with 403. The report
' file is fixed; the query only picks the month (a number).
Dim office, fso, month
office = "10.1.0.1"
If Request.ServerVariables("REMOTE_ADDR") <> office Then
    Response.Status = "403 Forbidden"
    Response.End
End If
month = CInt(Request.QueryString("m"))
Set fso = Server.CreateObject("Scripting.FileSystemObject")
Response.Write fso.OpenTextFile(Server.MapPath("/reports/summary.txt"), 1).ReadAll()
Response.Write "<p>Month " & month & "</p>"
%>
