<%@ WebHandler Language="C#" Class="FeedHandler" %>
using System;
using System.IO;
using System.Web;
using System.Xml;
using System.Xml.Xsl;

// Renders an RSS feed the client posts with the site's own stylesheet; scripts stay disabled.
public class FeedHandler : IHttpHandler
{
    public void ProcessRequest(HttpContext context)
    {
        var xslt = new XslCompiledTransform();
        xslt.Load(context.Server.MapPath("~/xsl/rss.xslt"), XsltSettings.Default, null);
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        using (var reader = XmlReader.Create(context.Request.InputStream, settings))
        {
            context.Response.ContentType = "text/html";
            xslt.Transform(reader, null, context.Response.Output);
        }
    }
    public bool IsReusable { get { return true; } }
}
