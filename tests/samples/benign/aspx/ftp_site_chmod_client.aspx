<%@ Page Language="C#" %>
<%@ Import Namespace="System.Net.Sockets" %>
<%@ Import Namespace="System.Configuration" %>
<script runat="server">
// Publishes the generated sitemap to the mirror over FTP and fixes its mode (SITE CHMOD).
string Send(NetworkStream s, string line)
{
    byte[] b = System.Text.Encoding.ASCII.GetBytes(line + "\r\n");
    s.Write(b, 0, b.Length);
    byte[] r = new byte[512];
    int n = s.Read(r, 0, r.Length);
    return System.Text.Encoding.ASCII.GetString(r, 0, n);
}
protected void Publish(object sender, EventArgs e)
{
    string host = ConfigurationManager.AppSettings["MirrorHost"];
    using (TcpClient client = new TcpClient(host, 21))
    {
        NetworkStream s = client.GetStream();
        Send(s, "USER " + ConfigurationManager.AppSettings["MirrorUser"]);
        Send(s, "PASS " + ConfigurationManager.AppSettings["MirrorPassword"]);
        Send(s, "SITE CHMOD 644 /public/" + fileName.Value);
        statusLabel.Text = Send(s, "QUIT");
    }
}
</script>
<form runat="server"><input id="fileName" runat="server" value="sitemap.xml" />
<asp:Button runat="server" Text="Publish" OnClick="Publish" /><asp:Label ID="statusLabel" runat="server" /></form>
