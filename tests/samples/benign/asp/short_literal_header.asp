<%
' CSV export: the header row is written as short column codes
Dim hdr, i, total
hdr = "ID" & ";" & "NM" & ";" & "QT" & ";" & "PR" & ";" & "TX"
Response.ContentType = "text/csv"
Response.Write hdr & vbCrLf
For i = 1 To 12
    total = Eval("Session(""q" & i & """)")
    Response.Write i & ";" & total & vbCrLf
Next
%>
