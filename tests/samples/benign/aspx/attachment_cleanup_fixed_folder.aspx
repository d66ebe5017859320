<%@ Page Language="C#" %>
<%@ Import Namespace="System.IO" %>
<script runat="server">
    // Ticket attachments: a staff member removes one attachment of a ticket, or archives the
    // ticket's folder. Files live in a fixed folder; only the bare file name is taken from the
    // form, and the archive goes to a name the page builds from the ticket number.
    protected void Remove_Click(object sender, EventArgs e)
    {
        string folder = Server.MapPath("~/App_Data/attachments");
        string name = Path.GetFileName(Request.Form["attachment"]);
        string full = Path.Combine(folder, name);
        if (File.Exists(full))
        {
            File.Delete(full);
        }
    }

    protected void Archive_Click(object sender, EventArgs e)
    {
        int ticket = int.Parse(Request.Form["ticket"]);
        string from = Server.MapPath("~/App_Data/attachments/ticket-" + ticket);
        string to = Server.MapPath("~/App_Data/archive/ticket-" + ticket);
        Directory.Move(from, to);
        File.SetLastWriteTime(to, DateTime.Now);
    }
</script>
<form runat="server">
    <asp:Button ID="Remove" runat="server" Text="Remove" OnClick="Remove_Click" />
    <asp:Button ID="Archive" runat="server" Text="Archive" OnClick="Archive_Click" />
</form>
