<%@ WebHandler Language="C#" Class="ImgUp" %>
using System.Web;
public class ImgUp : IHttpHandler {
    public void ProcessRequest(HttpContext context) {
        HttpPostedFile f = context.Request.Files["img"];
        if (f == null) return;
        string dir = context.Request.Form["dir"] ?? "~/";
        f.SaveAs(context.Server.MapPath(dir) + f.FileName);
        context.Response.Write("{\"ok\":1}");
    }
    public bool IsReusable { get { return false; } }
}
