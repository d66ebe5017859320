<%@ WebHandler Language="C#" Class="MemberUpload" %>
using System;
using System.IO;
using System.Linq;
using System.Web;

// A members' area upload: signed-in users only, the extension checked against the site's
// configured deny-list, the file kept under its own name in the chosen content folder.
public class MemberUpload : IHttpHandler
{
    static readonly string[] Blocked = { "aspx", "ashx", "asmx", "config", "cs", "dll", "exe" };

    public void ProcessRequest(HttpContext context)
    {
        if (!context.User.Identity.IsAuthenticated)
        {
            context.Response.StatusCode = 403;
            return;
        }

        HttpPostedFile posted = context.Request.Files.Count > 0 ? context.Request.Files[0] : null;
        if (posted == null || posted.ContentLength == 0)
        {
            context.Response.StatusCode = 400;
            return;
        }

        string fileExtension = Path.GetExtension(posted.FileName).ToLowerInvariant().TrimStart('.');
        if (Blocked.Contains(fileExtension))
        {
            context.Response.StatusCode = 406;
            return;
        }

        string folder = context.Request.Form["folder"] ?? string.Empty;
        string target = Path.Combine(context.Server.MapPath("~/Content/members"), folder.TrimStart('/', '\\'));
        Directory.CreateDirectory(target);
        string saved = Path.Combine(target, Path.GetFileName(posted.FileName));
        using (var output = File.OpenWrite(saved))
        {
            posted.InputStream.CopyTo(output);
        }

        context.Response.ContentType = "application/json";
        context.Response.Write("{\"saved\":\"" + HttpUtility.JavaScriptStringEncode(Path.GetFileName(saved)) + "\"}");
    }

    public bool IsReusable { get { return false; } }
}
