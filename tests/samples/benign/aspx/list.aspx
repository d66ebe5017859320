<%@ Page Language="C#" %>
<%@ Import Namespace="System.Data.SqlClient" %>
<script runat="server">
    protected void Page_Load(object sender, EventArgs e)
    {
        int page;
        if (!int.TryParse(Request.QueryString["page"], out page)) page = 1;
        string q = Request["q"] ?? "";
        using (var con = new SqlConnection(System.Configuration.ConfigurationManager.ConnectionStrings["shop"].ConnectionString))
        using (var cmd = new SqlCommand("SELECT Name FROM Products WHERE Name LIKE @q ORDER BY Name OFFSET @o ROWS FETCH NEXT 20 ROWS ONLY", con))
        {
            cmd.Parameters.AddWithValue("@q", "%" + q + "%");
            cmd.Parameters.AddWithValue("@o", (page - 1) * 20);
            con.Open();
            using (var r = cmd.ExecuteReader())
                while (r.Read()) Response.Write("<li>" + Server.HtmlEncode(r.GetString(0)) + "</li>");
        }
    }
</script>
