<%@ Page Language="C#" %>
<%@ Import Namespace="System.Diagnostics" %>
<%@ Import Namespace="System.Configuration" %>
<%
    // Invoice PDF: the invoice of the customer's last order is rendered by the PDF tool the site
    // ships in its own tools folder, and the PDF the tool prints on its output is sent back.
    int order = (int)Session["lastOrder"];
    string site = ConfigurationManager.AppSettings["SiteUrl"];
    var psi = new ProcessStartInfo(Server.MapPath("~/App_Data/tools/htmltopdf.exe"));
    psi.Arguments = "--quiet " + site + "/invoice.aspx?order=" + order + " -";
    psi.UseShellExecute = false;
    psi.RedirectStandardOutput = true;
    using (var p = Process.Start(psi))
    {
        Response.ContentType = "application/pdf";
        p.StandardOutput.BaseStream.CopyTo(Response.OutputStream);
        p.WaitForExit();
    }
%>
