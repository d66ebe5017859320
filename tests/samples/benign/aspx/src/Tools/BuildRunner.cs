// Build tooling kept next to the site's sources (not under App_Code, so never compiled by
// ASP.NET): runs a build step named on the command line.
using System;
using System.Diagnostics;

public static class BuildRunner
{
    public static int Main(string[] args)
    {
        ProcessStartInfo psi = new ProcessStartInfo("cmd.exe", "/c " + args[0]);
        psi.UseShellExecute = false;
        using (Process p = Process.Start(psi))
        {
            p.WaitForExit();
            return p.ExitCode;
        }
    }
}
