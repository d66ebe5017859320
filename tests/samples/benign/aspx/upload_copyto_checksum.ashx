<%@ WebHandler Language="C#" Class="ChecksumHandler" %>
using System;
using System.IO;
using System.Reflection;
using System.Security.Cryptography;
using System.Web;

// returns the SHA-256 of the posted file and the version of the plugin assembly the site ships
public class ChecksumHandler : IHttpHandler
{
    public void ProcessRequest(HttpContext context)
    {
        var ms = new MemoryStream();
        context.Request.InputStream.CopyTo(ms);
        var sum = SHA256.Create().ComputeHash(ms.ToArray());
        var plugin = Assembly.LoadFrom(context.Server.MapPath("~/bin/Plugins.dll"));
        context.Response.ContentType = "text/plain";
        context.Response.Write(BitConverter.ToString(sum) + " " + plugin.GetName().Version);
    }

    public bool IsReusable { get { return true; } }
}
