<%@ Page Language="C#" %>
<%@ Import Namespace="System.Net" %>
<script runat="server">
// uptime badge: tells the company's status service which page asks and shows its answer as text
protected void Page_Load(object sender, EventArgs e)
{
    string self = "https://" + Request.Url.Host + Request.Path;
    using (var wc = new WebClient())
    {
        Response.Write("<p>Status: " + Server.HtmlEncode(wc.DownloadString("https://status.example.com/badge?page=" + self)) + "</p>");
    }
}
</script>
