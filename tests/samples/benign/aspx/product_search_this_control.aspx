<%@ Page Language="C#" %>
<%@ Import Namespace="System.Data" %>
<%@ Import Namespace="System.Data.SqlClient" %>
<%@ Import Namespace="System.Configuration" %>
<script runat="server">
    // product search: fixed statement from the code, the typed text only bound as a parameter
    void Search_Click(object sender, EventArgs e)
    {
        string cs = ConfigurationManager.ConnectionStrings["shop"].ConnectionString;
        using (SqlConnection cn = new SqlConnection(cs))
        {
            SqlCommand cmd = new SqlCommand("SELECT Id, Name FROM Products WHERE Name LIKE @q", cn);
            cmd.Parameters.AddWithValue("@q", "%" + this.txtSearch.Text + "%");
            DataTable dt = new DataTable();
            new SqlDataAdapter(cmd).Fill(dt);
            this.grid.DataSource = dt;
            this.grid.DataBind();
        }
    }
</script>
<html><body><form runat="server">
<asp:TextBox ID="txtSearch" runat="server" />
<asp:Button ID="btn" runat="server" Text="Search" OnClick="Search_Click" />
<asp:GridView ID="grid" runat="server" />
</form></body></html>
