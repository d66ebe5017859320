<%@ Page Language="C#" %>
<%@ Import Namespace="System.Runtime.InteropServices" %>
<script runat="server">
    // Health page: machine uptime and memory load from kernel32, formatted as the caller asks.
    [StructLayout(LayoutKind.Sequential)]
    class MemoryStatus { public uint Length = 64, Load; public ulong Phys, FreePhys, Page, FreePage, Virt, FreeVirt, Ext; }

    [DllImport("kernel32.dll")] static extern ulong GetTickCount64();
    [DllImport("kernel32.dll")] static extern bool GlobalMemoryStatusEx([In, Out] MemoryStatus status);

    void Page_Load(object sender, EventArgs e)
    {
        MemoryStatus m = new MemoryStatus();
        GlobalMemoryStatusEx(m);
        TimeSpan up = TimeSpan.FromMilliseconds(GetTickCount64());
        string unit = Request.QueryString["unit"] == "h" ? up.TotalHours.ToString("F1") + " h" : up.TotalMinutes.ToString("F0") + " min";
        Response.ContentType = "application/json";
        Response.Write("{\"uptime\":\"" + unit + "\",\"memoryLoad\":" + m.Load + "}");
    }
</script>
