<%@ WebHandler Language="C#" Class="Status" %>
using System.Web;
using Proc = System.Diagnostics.Process;
using static System.Diagnostics.Process;
using static System.Math;

// status page: aliases and static imports for brevity; no program is started; the label is only echoed, encoded
public class Status : IHttpHandler
{
    public void ProcessRequest(HttpContext context)
    {
        string label = context.Request.QueryString["label"] ?? "status";
        long mem = GetCurrentProcess().WorkingSet64;
        double mb = Round(mem / 1048576.0, 1);
        string up = (System.DateTime.Now - Proc.GetCurrentProcess().StartTime).ToString();
        context.Response.ContentType = "text/plain";
        context.Response.Write(Start(label) + ": " + Max(mb, 0) + " MB, " + up);
    }

    // the page's own Start (it hides the imported Process.Start): a heading for the label
    private static string Start(string label)
    {
        return "<b>" + HttpUtility.HtmlEncode(label) + "</b>";
    }

    public bool IsReusable { get { return true; } }
}
