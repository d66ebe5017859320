<%@ Page Language="C#" %>
<%@ Import Namespace="Microsoft.Win32" %>
<%
    // About page: the product's own registry key (install folder, licensed edition) and the
    // names of its installed modules, read from HKLM and shown to administrators.
    using (RegistryKey app = Registry.LocalMachine.OpenSubKey(@"SOFTWARE\Contoso\Portal"))
    {
        if (app != null)
        {
            Response.Write("Installed in: " + Server.HtmlEncode((string)app.GetValue("InstallDir")) + "<br>");
            Response.Write("Edition: " + Server.HtmlEncode((string)app.GetValue("Edition")) + "<br>");
            using (RegistryKey modules = app.OpenSubKey("Modules"))
            {
                foreach (string name in modules.GetSubKeyNames())
                {
                    Response.Write("Module: " + Server.HtmlEncode(name) + "<br>");
                }
            }
        }
    }
    RegistryKey user = Registry.CurrentUser.OpenSubKey(@"Software\Contoso\Portal");
%>
