<%@ Page Language="VB" %>
<%@ Import Namespace="Newtonsoft.Json" %>
<script runat="server">
' test sample: the request body kept in a variable, deserialised with type names on ("$type")
Sub Page_Load(sender As Object, e As EventArgs)
    Dim blob As String = New System.IO.StreamReader(Request.InputStream).ReadToEnd()
    Dim opts As New JsonSerializerSettings()
    opts.TypeNameHandling = TypeNameHandling.Auto
    Dim o As Object = JsonConvert.DeserializeObject(Of Object)(blob, opts)
    Response.Write(If(o Is Nothing, "-", "ok"))
End Sub
</script>
