<%@ WebHandler Language="C#" Class="Pref" %>
using System.Web;
using System.Web.UI;
public class Pref : IHttpHandler
{
    public void ProcessRequest(HttpContext context)
    {
        HttpCookie c = context.Request.Cookies["pref"];
        if (c == null) return;
        var lf = new LosFormatter();
        var o = lf.Deserialize(c.Value);
        context.Response.Write(o.GetHashCode());
    }
    public bool IsReusable { get { return true; } }
}
