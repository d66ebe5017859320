<%@ Page Language="VB" %>
<%@ Import Namespace="System.IO" %>
<script runat="server">
' Removes a user's own export files from the temp folder; names are reduced to a file name or
' a number before they touch the disk.
Sub Page_Load(sender As Object, e As EventArgs)
    Dim folder As String = Server.MapPath("~/App_Data/exports/")
    If Request.Form("remove") IsNot Nothing Then
        File.Delete(folder & Path.GetFileName(Request.Form("remove")))
    End If
    If Request.QueryString("job") IsNot Nothing Then
        Dim id As Integer = Integer.Parse(Request.QueryString("job"))
        File.Move(folder & id & ".tmp", folder & id & ".done")
    End If
    Using w As New StreamWriter(Server.MapPath("~/App_Data/cleanup.log"), True)
        w.WriteLine(DateTime.Now.ToString("s") & " " & Request.UserHostAddress)
    End Using
    Dim fs As New FileStream(folder & Path.GetFileName(Request("peek")), FileMode.Open, FileAccess.Read)
    fs.Close()
End Sub
</script>
