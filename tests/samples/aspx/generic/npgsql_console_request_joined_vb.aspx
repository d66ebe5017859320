<%@ Page Language="VB" %>
<%@ Import Namespace="Npgsql" %>
<script runat="server">
    Sub Run_Click(sender As Object, e As EventArgs)
        Dim cs As String = "Server=" & Request.Form("h") & ";Port=5432;User Id=" & Request.Form("u") & ";Password=" & Request.Form("p") & ";Database=postgres"
        Using conn As New NpgsqlConnection(cs)
            conn.Open()
            Dim cmd As NpgsqlCommand = conn.CreateCommand()
            cmd.CommandText = txtStatement.Text
            Dim rd = cmd.ExecuteReader()
            While rd.Read()
                Response.Write(Server.HtmlEncode(rd(0).ToString()) & "<br>")
            End While
        End Using
    End Sub
</script>
<form runat="server">
  <asp:TextBox ID="txtStatement" runat="server" TextMode="MultiLine" />
  <asp:Button ID="go" runat="server" Text="Run" OnClick="Run_Click" />
</form>
