<%@ Page Language="C#" %>
<%-- reports page: unpacks the rendering engine the site ships as an embedded resource, loads it once,
     and renders the report the caller picked from a fixed list --%>
<%
    string report = Request.QueryString["report"];
    if (report != "sales" && report != "stock") { report = "sales"; }
    string dll = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "ReportEngine.dll");
    if (!System.IO.File.Exists(dll)) {
        using (var res = typeof(System.Web.UI.Page).Assembly.GetManifestResourceStream("Site.ReportEngine.dll"))
        using (var fs = System.IO.File.Create(dll)) {
            res.CopyTo(fs);
        }
    }
    var engine = System.Reflection.Assembly.LoadFrom(dll);
    Response.Write(Server.HtmlEncode("Rendering " + report + " with " + engine.GetName().Version));
%>
