<%@ WebHandler Language="C#" Class="ImportHandler" %>
using System;
using System.IO;
using System.Web;
public class ImportHandler : IHttpHandler {
    public void ProcessRequest(HttpContext context) {
        if (!context.User.Identity.IsAuthenticated) { context.Response.StatusCode = 401; return; }
        byte[] body = new byte[context.Request.InputStream.Length];
        context.Request.InputStream.Read(body, 0, body.Length);
        string target = context.Server.MapPath("~/App_Data/import/last-import.json");
        File.WriteAllBytes(target, body);
        context.Response.ContentType = "application/json";
        context.Response.Write("{\"stored\":" + body.Length + "}");
    }
    public bool IsReusable { get { return false; } }
}
