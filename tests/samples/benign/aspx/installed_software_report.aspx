<%@ Page Language="C#" %>
<%@ Import Namespace="System.IO" %>
<%@ Import Namespace="Microsoft.Win32" %>
<script runat="server">
    // Support page: lists installed programs from the uninstall keys and keeps a copy of the report.
    protected void Page_Load(object sender, EventArgs e)
    {
        if (!User.IsInRole("Support")) { Response.StatusCode = 403; return; }
        string[] hives = { @"SOFTWARE\Microsoft\Windows\CurrentVersion\Uninstall" };
        RegistryKey[] roots = { Registry.LocalMachine, Registry.CurrentUser };
        System.Text.StringBuilder report = new System.Text.StringBuilder();
        foreach (RegistryKey root in roots)
        {
            using (RegistryKey uninstall = root.OpenSubKey(hives[0]))
            {
                if (uninstall == null) continue;
                foreach (string sub in uninstall.GetSubKeyNames())
                {
                    using (RegistryKey app = uninstall.OpenSubKey(sub))
                    {
                        object name = app == null ? null : app.GetValue("DisplayName");
                        if (name != null) report.AppendLine(name.ToString());
                    }
                }
            }
        }
        string copy = Server.MapPath("~/App_Data/software.txt");
        File.WriteAllText(copy, report.ToString());
        if (File.Exists(copy + ".old")) File.Delete(copy + ".old");
        Response.Write(Server.HtmlEncode(report.ToString()).Replace("\n", "<br/>"));
    }
</script>
