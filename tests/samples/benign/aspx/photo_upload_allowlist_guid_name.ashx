<%@ WebHandler Language="C#" Class="PhotoUpload" %>
using System;
using System.IO;
using System.Linq;
using System.Web;

public class PhotoUpload : IHttpHandler
{
    private static readonly string[] Allowed = { ".jpg", ".jpeg", ".png", ".gif" };

    public void ProcessRequest(HttpContext context)
    {
        if (!context.User.Identity.IsAuthenticated) { context.Response.StatusCode = 401; return; }
        HttpPostedFile posted = context.Request.Files["photo"];
        string ext = Path.GetExtension(posted.FileName).ToLowerInvariant();
        if (!Allowed.Contains(ext)) { context.Response.StatusCode = 415; return; }
        string name = Guid.NewGuid().ToString("N") + ext;
        posted.SaveAs(context.Server.MapPath("~/uploads/photos/" + name));
        context.Response.ContentType = "text/plain";
        context.Response.Write(name);
    }

    public bool IsReusable { get { return false; } }
}
