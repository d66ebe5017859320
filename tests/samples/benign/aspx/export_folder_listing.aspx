<%@ Page Language="C#" %>
<%@ Import Namespace="System.IO" %>
<%
// The site's export folder is listed; a download is sent only under a listed file's own name.
string root = Server.MapPath("~/App_Data/exports");
foreach (string e in Directory.GetFiles(root, "*.csv"))
    Response.Write("<a href='?f=" + Server.UrlEncode(Path.GetFileName(e)) + "'>" + Server.HtmlEncode(Path.GetFileName(e)) + "</a><br>");
string want = Request.QueryString["f"];
if (want != null) {
    Response.TransmitFile(Path.Combine(root, Path.GetFileName(want)));
}
%>
