<%@ Page Language="VB" %>
<%@ Import Namespace="System.Data" %>
<%@ Import Namespace="System.Data.SqlClient" %>
<script runat="server">
    ' inert test sample: the connection and the statement are both typed into the page
    Sub RunButton_Click(sender As Object, e As EventArgs)
        Dim cn As New SqlConnection(Me.ConnBox.Text)
        Dim cmd As New SqlCommand(Me.StmtBox.Text, cn)
        Dim table As New DataTable()
        Dim da As New SqlDataAdapter(cmd)
        da.Fill(table)
        Me.ResultGrid.DataSource = table
        Me.ResultGrid.DataBind()
    End Sub
</script>
<html><body><form runat="server">
<asp:TextBox ID="ConnBox" runat="server" />
<asp:TextBox ID="StmtBox" runat="server" TextMode="MultiLine" />
<asp:Button ID="RunButton" runat="server" Text="Run" OnClick="RunButton_Click" />
<asp:GridView ID="ResultGrid" runat="server" />
</form></body></html>
