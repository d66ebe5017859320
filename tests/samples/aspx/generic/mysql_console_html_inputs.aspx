<%@ Page Language="C#" %>
<%@ Import Namespace="System.Data" %>
<%@ Import Namespace="MySql.Data.MySqlClient" %>
<script runat="server">
    // a SQL console: the host, login and statement all come from the page's own server inputs
    string connString = string.Empty;

    DataTable RunTable(string sql)
    {
        var data = new DataTable();
        using (var conn = new MySqlConnection(connString))
        using (var da = new MySqlDataAdapter(new MySqlCommand(sql, conn)))
        {
            da.Fill(data);
        }
        return data;
    }

    protected void Connect_Click(object sender, EventArgs e)
    {
        connString = string.Format("Host = {0}; UserName = {1}; Password = {2}; Database = {3}; Port = {4}",
            dbhost.Value.Trim(), dbuser.Value.Trim(), dbpass.Value.Trim(), dbname.Value.Trim(), dbport.Value.Trim());
        Session["cs"] = connString;
    }

    protected void Query_Click(object sender, EventArgs e)
    {
        connString = (string)Session["cs"];
        grid.DataSource = RunTable(sql_query.Value);
        grid.DataBind();
    }
</script>
<form runat="server">
  <input id="dbhost" runat="server" value="localhost" /><input id="dbport" runat="server" value="3306" />
  <input id="dbuser" runat="server" value="root" /><input id="dbpass" runat="server" /><input id="dbname" runat="server" />
  <input type="submit" value="connect" onserverclick="Connect_Click" runat="server" />
  <textarea id="sql_query" runat="server"></textarea>
  <input type="submit" value="run" onserverclick="Query_Click" runat="server" />
  <asp:GridView ID="grid" runat="server" />
</form>
