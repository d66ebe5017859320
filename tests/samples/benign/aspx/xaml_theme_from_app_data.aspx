<%@ Page Language="VB" %>
<%@ Import Namespace="System.Xml.Serialization" %>
<script runat="server">
' benign look-alike: a theme's XAML read from the application's own folder, the request's order
' read with XmlSerializer (a fixed type) and a formatter used on a local cache file
Sub Page_Load(sender As Object, e As EventArgs)
    Dim theme As Object
    Using fs As New System.IO.FileStream(Server.MapPath("~/App_Data/theme.xaml"), System.IO.FileMode.Open)
        theme = System.Windows.Markup.XamlReader.Load(fs)
    End Using
    Dim ser As New XmlSerializer(GetType(String))
    Dim order As Object = ser.Deserialize(Request.InputStream)
    Dim bf As New System.Runtime.Serialization.Formatters.Binary.BinaryFormatter()
    Using cache As New System.IO.FileStream(Server.MapPath("~/App_Data/cache.bin"), System.IO.FileMode.Open)
        Dim c As Object = bf.Deserialize(cache)
    End Using
End Sub
</script>
