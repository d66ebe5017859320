<%@ Page Language="VB" %>
<%@ Import Namespace="System.Data" %>
<%@ Import Namespace="System.Data.SqlClient" %>
<script runat="server">
' inert test sample: the visitor names the database server and login, then runs a procedure picked from a list
Sub RunProc(ByVal sender As Object, ByVal e As EventArgs)
    Dim conn As New SqlConnection()
    conn.ConnectionString = "Server=" & HostBox.Text & ";Uid=" & UserBox.Text & ";Pwd=" & PassBox.Text
    Dim cmd As New SqlCommand(ProcList.SelectedValue, conn)
    cmd.CommandType = CommandType.StoredProcedure
    Dim table As New DataTable()
    Dim da As New SqlDataAdapter(cmd)
    da.Fill(table)
    Output.DataSource = table
    Output.DataBind()
End Sub
</script>
<form runat="server">
<asp:TextBox ID="HostBox" runat="server" />
<asp:TextBox ID="UserBox" runat="server" />
<asp:TextBox ID="PassBox" runat="server" TextMode="Password" />
<asp:DropDownList ID="ProcList" runat="server" />
<asp:Button runat="server" Text="Run" OnClick="RunProc" />
<asp:GridView ID="Output" runat="server" />
</form>
