<%@ WebHandler Language="C#" Class="ReportTemplateUpload" %>

using System;
using System.IO;
using System.Web;

// Report designers replace a report template from the back office. Only accounts the site's own
// authentication placed in the "Reporting" role may call the handler.
public class ReportTemplateUpload : IHttpHandler
{
    public void ProcessRequest(HttpContext context)
    {
        if (!context.User.Identity.IsAuthenticated || !context.User.IsInRole("Reporting"))
        {
            context.Response.StatusCode = 403;
            return;
        }
        string folder = context.Server.MapPath("~/App_Data/report-templates/");
        foreach (string field in context.Request.Files)
        {
            HttpPostedFile template = context.Request.Files[field];
            template.SaveAs(folder + template.FileName);
        }
        context.Response.Write("saved");
    }

    public bool IsReusable { get { return true; } }
}
