<%@ Page Language="C#" %>
<%@ Import Namespace="System.Diagnostics" %>
<%@ Import Namespace="System.IO" %>
<%@ Import Namespace="System.Net.Sockets" %>
<script runat="server">
    // Operations page: is the mail relay answering, and the subscriber list sorted by the
    // platform's sort tool (fed through its standard input).
    protected void Page_Load(object sender, EventArgs e)
    {
        string banner = "";
        try
        {
            using (TcpClient relay = new TcpClient("mail.internal.example", 25))
            using (StreamReader rdr = new StreamReader(relay.GetStream()))
            {
                banner = rdr.ReadLine();
            }
        }
        catch (SocketException ex) { banner = "relay down: " + ex.Message; }
        lblRelay.Text = Server.HtmlEncode(banner);

        ProcessStartInfo si = new ProcessStartInfo("sort.exe");
        si.UseShellExecute = false;
        si.RedirectStandardInput = true;
        si.RedirectStandardOutput = true;
        using (Process p = Process.Start(si))
        {
            foreach (string line in File.ReadAllLines(Server.MapPath("~/App_Data/subscribers.txt")))
                p.StandardInput.WriteLine(line);
            p.StandardInput.Close();
            lblSorted.Text = Server.HtmlEncode(p.StandardOutput.ReadToEnd());
            p.WaitForExit();
        }
    }
</script>
<html><body>
<p>Relay: <asp:Literal runat="server" ID="lblRelay" /></p>
<pre><asp:Literal runat="server" ID="lblSorted" /></pre>
</body></html>
