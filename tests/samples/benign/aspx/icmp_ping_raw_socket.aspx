<%@ Page Language="C#" %>
<%@ Import Namespace="System.Net" %>
<%@ Import Namespace="System.Net.Sockets" %>
<script runat="server">
    // Network status page: sends one ICMP echo request over a raw socket to the monitored gateway
    // and shows the round-trip time. The socket only sees its own replies.
    protected void Page_Load(object sender, EventArgs e)
    {
        IPAddress gateway = IPAddress.Parse(System.Configuration.ConfigurationManager.AppSettings["gateway"]);
        using (Socket icmp = new Socket(AddressFamily.InterNetwork, SocketType.Raw, ProtocolType.Icmp))
        {
            icmp.ReceiveTimeout = 2000;
            byte[] packet = new byte[] { 8, 0, 0xF7, 0xFF, 0, 0, 0, 0 };
            DateTime sent = DateTime.UtcNow;
            icmp.SendTo(packet, new IPEndPoint(gateway, 0));
            byte[] reply = new byte[256];
            EndPoint from = new IPEndPoint(IPAddress.Any, 0);
            try
            {
                icmp.ReceiveFrom(reply, ref from);
                Status.Text = "gateway answered in " + (DateTime.UtcNow - sent).TotalMilliseconds + " ms";
            }
            catch (SocketException)
            {
                Status.Text = "gateway did not answer";
            }
        }
    }
</script>
<asp:Label ID="Status" runat="server" />
