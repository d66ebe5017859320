// Helper for the admin status page: the application pool list, read by running appcmd with fixed
// arguments. Nothing from the request reaches the process.
using System;
using System.Diagnostics;

public static class ServerHealth
{
    private const string AppCmd = @"C:\Windows\System32\inetsrv\appcmd.exe";

    public static string AppPools()
    {
        ProcessStartInfo psi = new ProcessStartInfo(AppCmd, "list apppool /text:name");
        psi.UseShellExecute = false;
        psi.RedirectStandardOutput = true;
        psi.CreateNoWindow = true;
        using (Process p = Process.Start(psi))
        {
            string output = p.StandardOutput.ReadToEnd();
            p.WaitForExit(5000);
            return output;
        }
    }

    public static TimeSpan Uptime()
    {
        return DateTime.Now - Process.GetCurrentProcess().StartTime;
    }
}
