<%@ WebHandler Language="C#" Class="AvatarUpload" %>

using System;
using System.IO;
using System.Web;

// Profile pictures: the type is compared with the few image extensions the site shows, the file
// is stored under a generated name.
public class AvatarUpload : IHttpHandler
{
    public void ProcessRequest(HttpContext context)
    {
        context.Response.ContentType = "application/json";
        HttpPostedFile picture = context.Request.Files["picture"];
        if (picture == null || picture.ContentLength == 0)
        {
            context.Response.Write("{\"ok\":false}");
            return;
        }
        string pictureExt = Path.GetExtension(picture.FileName).ToLowerInvariant();
        if (pictureExt != ".png" && pictureExt != ".jpg" && pictureExt != ".jpeg" && pictureExt != ".webp")
        {
            context.Response.Write("{\"ok\":false,\"reason\":\"type\"}");
            return;
        }
        string stored = Guid.NewGuid().ToString("N") + pictureExt;
        context.Request.Files["picture"].SaveAs(context.Server.MapPath("~/content/avatars/" + stored));
        context.Response.Write("{\"ok\":true,\"name\":\"" + stored + "\"}");
    }

    public bool IsReusable { get { return true; } }
}
