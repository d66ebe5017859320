<%@ Page Language="C#" %>
<%@ Import Namespace="System.Net" %>
<script runat="server">
// members' page: visitors who are not signed in go to the login page with this page as the
// return address; the partner's news box is shown as the partner publishes it
protected void Page_Load(object sender, EventArgs e)
{
    if (!Request.IsAuthenticated)
    {
        Response.Redirect("https://login.example.com/signin?ReturnUrl=" + Server.UrlEncode(Request.Url.AbsoluteUri));
        return;
    }
    using (var wc = new WebClient())
    {
        Response.Write(wc.DownloadString("https://partner.example.org/newsbox.html"));
    }
}
</script>
