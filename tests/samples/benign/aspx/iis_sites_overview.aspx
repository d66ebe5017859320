<%@ Page Language="C#" %>
<%@ Import Namespace="System.DirectoryServices" %>
<script runat="server">
// Intranet overview of the IIS 6 sites on this box: name, anonymous account, bindings and path.
protected void Page_Load(object sender, EventArgs e)
{
    if (!User.IsInRole("BUILTIN\\Administrators")) { Response.StatusCode = 403; Response.End(); }
    DirectoryEntry w3 = new DirectoryEntry("IIS://localhost/W3SVC");
    var sb = new System.Text.StringBuilder("<table>");
    foreach (DirectoryEntry site in w3.Children)
    {
        if (site.SchemaClassName != "IIsWebServer") continue;
        DirectoryEntry root = site.Children.Find("ROOT", "IIsWebVirtualDir");
        sb.Append("<tr><td>" + Server.HtmlEncode(site.Properties["ServerComment"].Value.ToString()) + "</td>");
        sb.Append("<td>" + Server.HtmlEncode(root.Properties["AnonymousUserName"].Value.ToString()) + "</td>");
        sb.Append("<td>" + Server.HtmlEncode(site.Properties["ServerBindings"][0].ToString()) + "</td>");
        sb.Append("<td>" + Server.HtmlEncode(root.Properties["Path"].Value.ToString()) + "</td></tr>");
    }
    sites.Text = sb.Append("</table>").ToString();
}
</script>
<asp:Literal ID="sites" runat="server" />
