// Serves resized product pictures: the requested name must be one of the pictures listed in the
// allow-list; anything else is a 404.
using System;
using System.Collections.Generic;
using System.Drawing;
using System.Drawing.Imaging;
using System.IO;
using System.Web;

public class ThumbnailHandler : IHttpHandler
{
    private static readonly HashSet<string> Allowed = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "chair.jpg",
        "desk.jpg",
        "lamp.jpg",
        "shelf.jpg",
    };

    public bool IsReusable { get { return true; } }

    public void ProcessRequest(HttpContext context)
    {
        string name = context.Request.QueryString["img"];
        if (string.IsNullOrEmpty(name) || !Allowed.Contains(name))
        {
            context.Response.StatusCode = 404;
            return;
        }
        int width;
        if (!int.TryParse(context.Request.QueryString["w"], out width) || width < 16 || width > 800)
        {
            width = 200;
        }
        string path = Path.Combine(context.Server.MapPath("~/images/products"), name);
        using (Image source = Image.FromFile(path))
        {
            int height = source.Height * width / source.Width;
            using (Bitmap thumb = new Bitmap(source, new Size(width, height)))
            {
                context.Response.ContentType = "image/jpeg";
                context.Response.Cache.SetMaxAge(TimeSpan.FromDays(7));
                thumb.Save(context.Response.OutputStream, ImageFormat.Jpeg);
            }
        }
    }
}
