<%@ WebHandler Language="C#" Class="BrandLogoUpload" %>

using System;
using System.IO;
using System.Web;
using Storefront.Security;
using Storefront.Media;

// Stores the shop's logo. The caller must hold a signed token for the module, and the picture
// helper decides which image types are accepted; the stored name gets a random suffix.
public class BrandLogoUpload : IHttpHandler
{
    public void ProcessRequest(HttpContext context)
    {
        int storeId = int.Parse(context.Request.QueryString["storeId"]);
        string editor = context.Request.QueryString["editor"];
        string token = context.Request.QueryString["token"];
        if (!TokenService.CanEditModule(storeId, editor, token))
        {
            context.Response.StatusCode = 403;
            context.Response.Write("forbidden");
            return;
        }

        HttpPostedFile posted = context.Request.Files[0];
        string baseName = Path.GetFileName(posted.FileName);
        if (ImageRules.IsAllowedImageExtension(baseName))
        {
            string extension = Path.GetExtension(baseName).ToLowerInvariant();
            string stem = baseName.Substring(0, baseName.Length - extension.Length);
            string stored = stem + "_" + new Random().Next(100000, 999999) + extension;
            string folder = context.Server.MapPath("~/Media/Logos/");
            Directory.CreateDirectory(folder);
            context.Request.Files[0].SaveAs(folder + stored);
            context.Response.ContentType = "application/json";
            context.Response.Write("{\"url\":\"Media/Logos/" + stored + "\"}");
        }
        else
        {
            context.Response.Write("{\"error\":\"type\"}");
        }
    }

    public bool IsReusable
    {
        get { return false; }
    }
}
