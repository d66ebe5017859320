<%@ Page Language="C#" %>
<%@ Import Namespace="System.Text.RegularExpressions" %>
<script runat="server">
// Newsletter preview: links in the stored issue go through the click counter of this page.
void Page_Load(object s, EventArgs e) {
  if (Request.QueryString["click"] != null) { Response.Redirect("/"); return; }
  string issue = System.IO.File.ReadAllText(Server.MapPath("~/App_Data/issue.html"));
  issue = Regex.Replace(issue, "((src|href)\\s*=\\s*[\"'])(http[^\"']+)", "$1" + Request.Path + "?click=$3");
  Response.Write(issue);
}
</script>
