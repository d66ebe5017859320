// A request-logging HttpModule: method, URL, status, user agent and timing of every request are
// appended to a daily log under App_Data.
using System;
using System.Diagnostics;
using System.IO;
using System.Web;

public class RequestLoggingModule : IHttpModule
{
    private static readonly object Gate = new object();

    public void Init(HttpApplication app)
    {
        app.BeginRequest += OnBeginRequest;
        app.EndRequest += OnEndRequest;
    }

    private void OnBeginRequest(object sender, EventArgs e)
    {
        HttpContext ctx = ((HttpApplication)sender).Context;
        ctx.Items["log.watch"] = Stopwatch.StartNew();
    }

    private void OnEndRequest(object sender, EventArgs e)
    {
        HttpContext ctx = ((HttpApplication)sender).Context;
        Stopwatch watch = ctx.Items["log.watch"] as Stopwatch;
        long ms = watch == null ? -1 : watch.ElapsedMilliseconds;
        string agent = (ctx.Request.Headers["User-Agent"] ?? "-").Replace("\t", " ");
        string line = string.Join("\t", new string[] {
            DateTime.UtcNow.ToString("o"),
            ctx.Request.HttpMethod,
            ctx.Request.RawUrl,
            ctx.Response.StatusCode.ToString(),
            ms.ToString(),
            agent,
        });
        string dir = ctx.Server.MapPath("~/App_Data/logs");
        string file = Path.Combine(dir, "requests-" + DateTime.UtcNow.ToString("yyyyMMdd") + ".log");
        lock (Gate)
        {
            Directory.CreateDirectory(dir);
            File.AppendAllText(file, line + Environment.NewLine);
        }
    }

    public void Dispose()
    {
    }
}
