<%@ Page Language="C#" %>
<%@ Import Namespace="System.Configuration" %>
<%@ Import Namespace="System.Data" %>
<%@ Import Namespace="System.Data.SqlClient" %>
<script runat="server">
    // Reports page: staff pick one of the reporting procedures; the connection comes from web.config.
    protected void ShowReport(object sender, EventArgs e)
    {
        string[] allowed = { "rpt_sales_by_month", "rpt_open_orders" };
        if (Array.IndexOf(allowed, ReportList.SelectedValue) < 0) return;
        using (var conn = new SqlConnection(ConfigurationManager.ConnectionStrings["Reports"].ConnectionString))
        using (var cmd = new SqlCommand(ReportList.SelectedValue, conn))
        {
            cmd.CommandType = CommandType.StoredProcedure;
            var table = new DataTable();
            new SqlDataAdapter(cmd).Fill(table);
            Grid.DataSource = table;
            Grid.DataBind();
        }
        ServerLabel.Text = "Server=" + ServerName.Text;
    }
</script>
<form runat="server">
<asp:DropDownList ID="ReportList" runat="server">
  <asp:ListItem Value="rpt_sales_by_month">Sales by month</asp:ListItem>
  <asp:ListItem Value="rpt_open_orders">Open orders</asp:ListItem>
</asp:DropDownList>
<asp:TextBox ID="ServerName" runat="server" ReadOnly="true" />
<asp:Label ID="ServerLabel" runat="server" />
<asp:Button runat="server" Text="Show" OnClick="ShowReport" />
<asp:GridView ID="Grid" runat="server" />
</form>
