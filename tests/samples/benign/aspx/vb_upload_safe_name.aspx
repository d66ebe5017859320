<%@ Page Language="VB" %>
<script runat="server">
    Protected Sub Upload_Click(ByVal sender As Object, ByVal e As EventArgs)
        If Avatar.HasFile Then
            Dim name As String = System.IO.Path.GetFileName(Avatar.FileName)
            Avatar.SaveAs(Server.MapPath("~/App_Data/avatars/") & name)
            Status.Text = "Saved " & Server.HtmlEncode(name)
        End If
    End Sub
</script>
<form runat="server">
    <asp:FileUpload id="Avatar" runat="server" />
    <asp:Button runat="server" Text="Upload" OnClick="Upload_Click" />
    <asp:Label id="Status" runat="server" />
</form>
