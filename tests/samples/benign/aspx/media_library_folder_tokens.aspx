<%@ Page Language="C#" %>
<%@ Import Namespace="System.IO" %>
<%-- A CMS media library: folders below the site's own ~/media directory, passed between requests as
     Base64 tokens that are checked to stay inside that directory. --%>
<script runat="server">
    string Root { get { return Server.MapPath("~/media"); } }
    static string FromToken(string t) { return System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(t)); }

    protected void Page_Load(object sender, EventArgs e)
    {
        string token = Request.QueryString["f"];
        string rel = string.IsNullOrEmpty(token) ? "" : FromToken(token);
        string full = Path.GetFullPath(Path.Combine(Root, rel));
        if (!full.StartsWith(Root, StringComparison.OrdinalIgnoreCase)) { Response.StatusCode = 400; return; }
        foreach (string sub in Directory.GetDirectories(full))
            folders.InnerHtml += Server.HtmlEncode(Path.GetFileName(sub)) + "<br>";
    }
</script>
<div id="folders" runat="server"></div>
