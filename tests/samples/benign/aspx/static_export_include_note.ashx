<%@ WebHandler Language="C#" Class="Export" %>
using System.IO;
using System.Web;
// exports the navigation as a static HTML fragment; the site's .shtml pages pull it in with a
// server-side include (the handler writes HTML, never a script page)
public class Export : IHttpHandler
{
    public void ProcessRequest(HttpContext context)
    {
        string nav = "<ul><li><a href=\"/\">Home</a></li><li><a href=\"/docs/\">Docs</a></li></ul>";
        File.WriteAllText(context.Server.MapPath("~/fragments/nav.html"), nav);
        string note = "<!-- #include virtual=\"/fragments/nav.html\" -->";
        context.Response.ContentType = "text/plain";
        context.Response.Write("add this line to your pages: " + note);
    }
    public bool IsReusable { get { return false; } }
}
