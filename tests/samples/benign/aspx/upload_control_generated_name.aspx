<%@ Page Language="C#" %>
<%@ Import Namespace="System.IO" %>
<script runat="server">
static readonly string[] Allowed = { ".jpg", ".png", ".gif" };
void Upload_Click(object sender, EventArgs e)
{
    if (!PhotoUpload.HasFile) { Status.Text = "Choose a photo."; return; }
    string ext = Path.GetExtension(PhotoUpload.FileName).ToLowerInvariant();
    if (Array.IndexOf(Allowed, ext) < 0) { Status.Text = "Only images."; return; }
    string name = Guid.NewGuid().ToString("N") + ext;
    PhotoUpload.SaveAs(Path.Combine(Server.MapPath("~/App_Data/photos"), name));
    Status.Text = "Saved as " + Server.HtmlEncode(name);
}
</script>
<form runat="server">
<asp:FileUpload ID="PhotoUpload" runat="server" />
<asp:Button runat="server" Text="Upload" OnClick="Upload_Click" />
<asp:Label ID="Status" runat="server" />
</form>
