<%@ WebHandler Language="C#" Class="EditorImageUpload" %>

using System;
using System.Collections;
using System.Globalization;
using System.IO;
using System.Web;

// The rich-text editor's image button posts here. The folder comes from a fixed table (anything
// else ends the request through Reject), the extension must be one the folder accepts, and the
// stored name is generated from the clock.
public class EditorImageUpload : IHttpHandler
{
    private HttpContext context;

    public void ProcessRequest(HttpContext context)
    {
        this.context = context;
        Hashtable accepted = new Hashtable();
        accepted.Add("image", "gif,jpg,jpeg,png");
        accepted.Add("media", "mp3,mp4,webm");
        accepted.Add("file", "pdf,txt,zip");

        HttpPostedFile posted = context.Request.Files["upload"];
        if (posted == null)
        {
            Reject("no file");
        }

        String root = context.Server.MapPath("~/content/editor/");
        String kind = context.Request.QueryString["kind"];
        if (String.IsNullOrEmpty(kind))
        {
            kind = "image";
        }
        if (!accepted.ContainsKey(kind))
        {
            Reject("unknown folder");
        }

        String suffix = Path.GetExtension(posted.FileName).ToLower();
        if (String.IsNullOrEmpty(suffix) || Array.IndexOf(((String)accepted[kind]).Split(','), suffix.Substring(1)) == -1)
        {
            Reject("type not accepted");
        }

        String folder = root + kind + "/" + DateTime.Now.ToString("yyyyMM", CultureInfo.InvariantCulture) + "/";
        if (!Directory.Exists(folder))
        {
            Directory.CreateDirectory(folder);
        }
        String stored = DateTime.Now.ToString("ddHHmmssffff", CultureInfo.InvariantCulture) + suffix;
        posted.SaveAs(folder + stored);

        context.Response.ContentType = "application/json";
        context.Response.Write("{\"error\":0,\"name\":\"" + stored + "\"}");
        context.Response.End();
    }

    private void Reject(string message)
    {
        context.Response.ContentType = "application/json";
        context.Response.Write("{\"error\":1,\"message\":\"" + message + "\"}");
        context.Response.End();
    }

    public bool IsReusable
    {
        get { return true; }
    }
}
