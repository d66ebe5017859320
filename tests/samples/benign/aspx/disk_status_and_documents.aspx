<%@ Page Language="C#" %>
<%@ Import Namespace="System.IO" %>
<%@ Import Namespace="System.Text" %>
<script runat="server">
    // Operations dashboard: free space on each drive, and the handbook documents kept in App_Data.
    protected void Page_Load(object sender, EventArgs e)
    {
        if (!User.IsInRole("Operators")) { Response.StatusCode = 403; return; }
        string doc = Request.QueryString["doc"];
        if (!String.IsNullOrEmpty(doc))
        {
            string name = Path.GetFileName(doc);
            string full = Path.Combine(Server.MapPath("~/App_Data/handbook"), name);
            if (File.Exists(full))
            {
                Response.ContentType = "application/pdf";
                Response.TransmitFile(full);
                Response.End();
            }
            return;
        }
        StringBuilder html = new StringBuilder("<table>");
        foreach (DriveInfo d in DriveInfo.GetDrives())
        {
            if (!d.IsReady) continue;
            html.Append("<tr><td>" + d.Name + "</td><td>" + (d.AvailableFreeSpace / 1048576) + " MB free</td></tr>");
        }
        html.Append("</table><ul>");
        DirectoryInfo docs = new DirectoryInfo(Server.MapPath("~/App_Data/handbook"));
        foreach (FileInfo f in docs.GetFiles("*.pdf"))
            html.Append("<li><a href='?doc=" + Server.UrlEncode(f.Name) + "'>" + f.Name + "</a></li>");
        Response.Write(html.Append("</ul>").ToString());
    }
</script>
