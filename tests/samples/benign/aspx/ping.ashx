<%@ WebHandler Language="C#" Class="Ping" %>
using System.Web;

public class Ping : IHttpHandler
{
    public void ProcessRequest(HttpContext context)
    {
        context.Response.ContentType = "application/json";
        string client = HttpUtility.JavaScriptStringEncode(context.Request.QueryString["client"] ?? "");
        context.Response.Write("{\"pong\":true,\"client\":\"" + client + "\"}");
    }
    public bool IsReusable { get { return true; } }
}
