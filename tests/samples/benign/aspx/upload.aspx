<%@ Page Language="C#" %>
<script runat="server">
    static readonly string[] Allowed = { ".jpg", ".png", ".gif" };
    protected void Upload_Click(object sender, EventArgs e)
    {
        if (!FileUpload1.HasFile) return;
        string ext = System.IO.Path.GetExtension(FileUpload1.FileName).ToLowerInvariant();
        if (Array.IndexOf(Allowed, ext) < 0) { Msg.Text = "Only images are allowed."; return; }
        string name = Guid.NewGuid().ToString("N") + ext;
        FileUpload1.SaveAs(Server.MapPath("~/App_Data/uploads/") + name);
        Msg.Text = "Uploaded.";
    }
</script>
<form runat="server"><asp:FileUpload ID="FileUpload1" runat="server" /><asp:Button runat="server" Text="Upload" OnClick="Upload_Click" /><asp:Label ID="Msg" runat="server" /></form>
