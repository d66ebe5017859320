<%@ Page Language="VB" %>
<script runat="server">
' Applies posted display preferences to the page's own settings object by property name.
Public Class DisplayPrefs
    Public Theme As String = "light"
    Public PageSize As Integer = 20
    Public Function Describe(ByVal style As String) As String
        Return Theme & "/" & PageSize & "/" & style
    End Function
End Class

Sub Page_Load(sender As Object, e As EventArgs)
    Dim prefs As New DisplayPrefs()
    If Request.Form("theme") IsNot Nothing Then
        CallByName(prefs, "Theme", CallType.Let, Server.HtmlEncode(Request.Form("theme")))
    End If
    CallByName(prefs, "PageSize", CallType.Let, 50)
    Dim summary As Object = CallByName(prefs, "Describe", CallType.Method, Request.QueryString("style"))
    Response.Write(Server.HtmlEncode(CStr(summary)))
End Sub
</script>
