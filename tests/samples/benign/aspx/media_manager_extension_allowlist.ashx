<%@ WebHandler Language="C#" Class="MediaManager" %>
using System;
using System.Collections.Generic;
using System.IO;
using System.Web;

// The editor's media browser: lists, deletes and uploads files below one configured folder.
// Every path is resolved and must stay under that folder; an upload keeps the name the browser
// sent only when its extension is on the site's allow-list.
public class MediaManager : IHttpHandler, System.Web.SessionState.IRequiresSessionState
{
    static readonly List<string> AllowedTypes = new List<string> { "jpg", "jpeg", "png", "gif", "webp", "pdf" };

    HttpContext _ctx;

    public void ProcessRequest(HttpContext context)
    {
        _ctx = context;
        if (context.Session["editor.user"] == null)
        {
            context.Response.StatusCode = 403;
            return;
        }

        switch ((context.Request["op"] ?? "list").ToLowerInvariant())
        {
            case "upload":
                Upload(context.Request["folder"]);
                break;
            case "delete":
                Delete(context.Request["file"]);
                break;
            default:
                List(context.Request["folder"]);
                break;
        }
    }

    string Root()
    {
        return Path.GetFullPath(_ctx.Server.MapPath("~/media"));
    }

    string Resolve(string relative)
    {
        string full = Path.GetFullPath(Path.Combine(Root(), (relative ?? "").TrimStart('/', '\\')));
        if (!full.StartsWith(Root(), StringComparison.OrdinalIgnoreCase))
            throw new HttpException(403, "outside the media folder");
        return full;
    }

    void List(string folder)
    {
        _ctx.Response.ContentType = "text/plain";
        foreach (string f in Directory.GetFiles(Resolve(folder)))
            _ctx.Response.Write(HttpUtility.HtmlEncode(Path.GetFileName(f)) + "\n");
    }

    void Delete(string file)
    {
        string full = Resolve(file);
        if (File.Exists(full))
            File.Delete(full);
    }

    void Upload(string folder)
    {
        string target = Resolve(folder);
        for (int i = 0; i < _ctx.Request.Files.Count; i++)
        {
            string name = Path.GetFileName(_ctx.Request.Files[i].FileName);
            string ext = Path.GetExtension(name).TrimStart('.').ToLowerInvariant();
            if (!AllowedTypes.Contains(ext))
                continue;
            _ctx.Request.Files[i].SaveAs(Path.Combine(target, name));
        }
    }

    public bool IsReusable { get { return false; } }
}
