<%@ WebHandler Language="C#" Class="MapProxy" %>
using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Web;

// Proxy for the web map: forwards requests only to the map services listed in serverUrls.
public class MapProxy : IHttpHandler
{
    static readonly string[] serverUrls = { "https://gis.example.gov/arcgis/rest/services/" };

    public bool IsReusable { get { return true; } }

    public void ProcessRequest(HttpContext context)
    {
        string target = context.Request.QueryString["url"];
        if (target == null || !serverUrls.Any(u => target.StartsWith(u, StringComparison.OrdinalIgnoreCase)))
        {
            context.Response.StatusCode = 403;
            return;
        }
        HttpWebRequest req = (HttpWebRequest)WebRequest.Create(target);
        req.Method = context.Request.HttpMethod;
        if (req.Method == "POST")
        {
            using (Stream s = req.GetRequestStream()) context.Request.InputStream.CopyTo(s);
        }
        using (WebResponse resp = req.GetResponse())
        {
            resp.GetResponseStream().CopyTo(context.Response.OutputStream);
        }
    }
}
