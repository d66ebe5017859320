<%@ Page Language="C#" AutoEventWireup="true" %>
<%@ Import Namespace="System.Data.SqlClient" %>
<script runat="server">
    // Security audit: reports whether xp_cmdshell is enabled on the chosen server of the farm.
    protected void Page_Load(object sender, EventArgs e)
    {
        string server = Request.QueryString["server"];
        var cs = System.Configuration.ConfigurationManager.ConnectionStrings["audit"].ConnectionString;
        using (var cn = new SqlConnection(cs))
        {
            cn.Open();
            var cmd = new SqlCommand("SELECT CAST(value_in_use AS int) FROM sys.servers s JOIN sys.configurations c ON c.name = 'xp_cmdshell' WHERE s.name = @server", cn);
            cmd.Parameters.AddWithValue("@server", server ?? "");
            object v = cmd.ExecuteScalar();
            Result.Text = v != null && (int)v == 1 ? "xp_cmdshell ENABLED" : "xp_cmdshell disabled";
        }
    }
</script>
<html><body><asp:Label ID="Result" runat="server" /></body></html>
