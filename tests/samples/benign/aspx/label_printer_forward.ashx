<%@ WebHandler Language="C#" Class="LabelPrinter" %>

using System;
using System.Configuration;
using System.IO;
using System.Net.Sockets;
using System.Web;

// Sends a posted ZPL label to the warehouse printer configured in web.config and returns the
// printer's status reply; one connection per request, nothing kept between requests.
public class LabelPrinter : IHttpHandler
{
    public void ProcessRequest(HttpContext context)
    {
        if (!context.User.Identity.IsAuthenticated)
        {
            context.Response.StatusCode = 401;
            return;
        }
        string host = ConfigurationManager.AppSettings["LabelPrinterHost"];
        int port = int.Parse(ConfigurationManager.AppSettings["LabelPrinterPort"]);
        byte[] label = context.Request.BinaryRead(context.Request.ContentLength);
        using (TcpClient printer = new TcpClient(host, port))
        {
            NetworkStream ns = printer.GetStream();
            ns.Write(label, 0, label.Length);
            byte[] status = new byte[256];
            int n = ns.Read(status, 0, status.Length);
            context.Response.ContentType = "application/octet-stream";
            context.Response.OutputStream.Write(status, 0, n);
        }
    }

    public bool IsReusable { get { return true; } }
}
