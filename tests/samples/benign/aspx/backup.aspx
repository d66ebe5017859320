<%@ Page Language="C#" AutoEventWireup="true" %>
<%@ Import Namespace="System.Diagnostics" %>
<script runat="server">
    // Admin page: starts the nightly backup tool. No request data reaches the process.
    protected void RunBackup_Click(object sender, EventArgs e)
    {
        if (!User.IsInRole("Administrators")) { Response.StatusCode = 403; return; }
        var psi = new ProcessStartInfo(@"C:\Tools\Backup\backup.exe", "--profile nightly --quiet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            CreateNoWindow = true
        };
        using (Process p = Process.Start(psi))
        {
            Status.Text = Server.HtmlEncode(p.StandardOutput.ReadToEnd());
        }
    }
</script>
<html><body>
<form runat="server">
  <asp:Button ID="RunBackup" runat="server" Text="Run backup now" OnClick="RunBackup_Click" />
  <pre><asp:Literal ID="Status" runat="server" /></pre>
</form>
</body></html>
