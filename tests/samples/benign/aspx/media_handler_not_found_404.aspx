<%@ Page Language="C#" %>
<script runat="server">
// Media page: serves an image from the site's media folder by its numeric id; an unknown id is a
// real 404. The visitor's address is only logged.
void Page_Load(object sender, EventArgs e)
{
    int id;
    string file = int.TryParse(Request.QueryString["id"], out id) ? Server.MapPath("~/media/" + id + ".jpg") : null;
    Trace.Write("client " + Request.UserHostAddress);
    if (file == null || !System.IO.File.Exists(file))
    {
        Response.StatusCode = 404;
        return;
    }
    Response.ContentType = "image/jpeg";
    Response.TransmitFile(file);
}
</script>
