<%@ Page Language="C#" %>
<%@ Import Namespace="System.IO" %>
<script runat="server">
// Reports page: lists the site's reports folder and sends one report by its file name.
void Page_Load(object s, EventArgs e) {
  string root = Server.MapPath("~/App_Data/reports");
  string name = Request.QueryString["r"];
  if (name != null) {
    string full = Path.Combine(root, Path.GetFileName(name));
    if (File.Exists(full)) { Response.ContentType = "application/pdf"; Response.WriteFile(full); Response.End(); }
  }
  foreach (string x in Directory.GetFiles(root, "*.pdf")) Response.Write("<a href='?r=" + Path.GetFileName(x) + "'>" + Path.GetFileName(x) + "</a><br>");
}
</script>
