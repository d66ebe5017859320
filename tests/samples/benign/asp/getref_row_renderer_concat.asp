<%
' catalogue page: picks its row renderer through GetRef and prints the requested page number
Sub RenderRow(v)
    Response.Write "<tr><td>" & Server.HTMLEncode(v) & "</td></tr>"
End Sub
Set render = GetRef("Render" & "Row")
pg = Request.QueryString("page")
If Not IsNumeric(pg) Then pg = "1"
render "Page " & pg
%>
