<%@ Page Language="C#" %>
<%@ Import Namespace="System.Data.SqlClient" %>
<script runat="server">
    // first-run setup: the administrator types the database server and login once; the page tests
    // the connection, creates the schema from the script it ships, then offers a product search
    const string SchemaSql = "CREATE TABLE Products (Id INT PRIMARY KEY, Name NVARCHAR(200))";

    string Build()
    {
        return string.Format("Data Source={0};Initial Catalog={1};User ID={2};Password={3}",
            dbServer.Value.Trim(), dbName.Value.Trim(), dbUser.Value.Trim(), dbPassword.Value);
    }

    protected void Install_Click(object sender, EventArgs e)
    {
        using (var conn = new SqlConnection(Build()))
        {
            conn.Open();
            using (var cmd = new SqlCommand(SchemaSql, conn)) { cmd.ExecuteNonQuery(); }
        }
        status.InnerText = "installed";
    }

    protected void Search_Click(object sender, EventArgs e)
    {
        using (var conn = new SqlConnection(Build()))
        using (var cmd = new SqlCommand("SELECT Name FROM Products WHERE Name LIKE @q", conn))
        {
            cmd.Parameters.AddWithValue("@q", "%" + txtQuery.Value + "%");
            conn.Open();
            results.DataSource = cmd.ExecuteReader();
            results.DataBind();
        }
        lastSearch.InnerText = Server.HtmlEncode(txtQuery.Value);
    }
</script>
<form runat="server">
  <input id="dbServer" runat="server" /><input id="dbName" runat="server" />
  <input id="dbUser" runat="server" /><input id="dbPassword" type="password" runat="server" />
  <input type="submit" value="Install" onserverclick="Install_Click" runat="server" />
  <input id="txtQuery" runat="server" /><input type="submit" value="Search" onserverclick="Search_Click" runat="server" />
  <span id="status" runat="server"></span><span id="lastSearch" runat="server"></span>
  <asp:Repeater ID="results" runat="server" />
</form>
