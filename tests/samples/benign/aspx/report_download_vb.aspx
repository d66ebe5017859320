<%@ Page Language="VB" %>
<%-- A fixed report fetched into App_Data once a day; the request only picks the month shown. --%>
<script runat="server">
    Sub Page_Load(sender As Object, e As EventArgs)
        Dim target As String = Server.MapPath("~/App_Data/report.csv")
        If Not System.IO.File.Exists(target) Then
            Dim wc As New System.Net.WebClient()
            wc.DownloadFile("https://reports.example.com/monthly.csv", target)
        End If
        Dim month As String = Request.QueryString("m")
        Response.Write(Server.HtmlEncode(month))
    End Sub
</script>
