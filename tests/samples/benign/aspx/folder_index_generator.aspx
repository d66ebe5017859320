<%@ Page Language="C#" %>
<%@ Import Namespace="System.IO" %>
<script runat="server">
// writes a simple index.html listing into every folder under the public downloads area
void BuildIndex(DirectoryInfo dir)
{
    foreach (DirectoryInfo sub in dir.GetDirectories())
        BuildIndex(sub);
    var html = new System.Text.StringBuilder("<ul>");
    foreach (FileInfo f in dir.GetFiles())
        html.Append("<li>" + Server.HtmlEncode(f.Name) + "</li>");
    html.Append("</ul>");
    File.WriteAllText(dir.FullName + "\\index.html", html.ToString());
    if (File.Exists(dir.FullName + "\\index.old"))
        File.Delete(dir.FullName + "\\index.old");
}
protected void Page_Load(object sender, EventArgs e)
{
    if (User.IsInRole("Editors"))
        BuildIndex(new DirectoryInfo(Server.MapPath("~/downloads")));
}
</script>
