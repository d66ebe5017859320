<%
' code module of a panel split over pages: the panel fills "payload" from the request, then
' includes this page
If Len(payload) > 0 Then
    ExecuteGlobal payload
End If
%>
