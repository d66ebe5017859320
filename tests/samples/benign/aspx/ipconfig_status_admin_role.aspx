<%@ Page Language="C#" %>
<%@ Import Namespace="System.Diagnostics" %>
<script runat="server">
    protected void Page_Load(object sender, EventArgs e)
    {
        if (!Request.IsAuthenticated || !User.IsInRole("Administrators")) { Response.StatusCode = 403; Response.End(); }
        var psi = new ProcessStartInfo("ipconfig", "/all") { RedirectStandardOutput = true, UseShellExecute = false };
        using (var p = Process.Start(psi))
        {
            Output.Text = Server.HtmlEncode(p.StandardOutput.ReadToEnd());
            p.WaitForExit();
        }
    }
</script>
<html><body><pre><asp:Literal ID="Output" runat="server" /></pre></body></html>
