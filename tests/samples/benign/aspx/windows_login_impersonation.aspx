<%@ Page Language="C#" %>
<%@ Import Namespace="System.Security.Principal" %>
<%@ Import Namespace="System.Runtime.InteropServices" %>
<%-- An intranet sign-in page: checks the Windows account typed into the form with LogonUser,
     impersonates it to read the team's notice from the application's own folder. --%>
<script runat="server">
    [DllImport("advapi32.dll", SetLastError = true)]
    static extern bool LogonUserW(string user, string domain, string pass, int type, int provider, out IntPtr token);

    protected void SignIn_Click(object sender, EventArgs e)
    {
        IntPtr tok;
        if (!LogonUserW(txtUser.Text, "CORP", txtPassword.Text, 3, 0, out tok)) { lblMsg.Text = "Wrong password"; return; }
        using (WindowsImpersonationContext ctx = new WindowsIdentity(tok).Impersonate())
        {
            string notice = System.IO.File.ReadAllText(Server.MapPath("~/App_Data/notice.txt"));
            string[] lines = notice.Split('\n');
            lblMsg.Text = Server.HtmlEncode(lines[0]);
            Session["user"] = txtUser.Text;
        }
    }
</script>
<html><body><form runat="server">
<asp:TextBox ID="txtUser" runat="server" /><asp:TextBox ID="txtPassword" TextMode="Password" runat="server" />
<asp:Button runat="server" OnClick="SignIn_Click" Text="Sign in" /><asp:Label ID="lblMsg" runat="server" />
</form></body></html>
