<%@ Page Language="C#" %>
<%@ Import Namespace="System.Web.UI" %>
<script runat="server">
    protected void Page_Load(object sender, EventArgs e)
    {
        string s = Request.Form["__VSTATE"];
        if (s != null)
        {
            ObjectStateFormatter f = new ObjectStateFormatter();
            object state = f.Deserialize(s);
            Response.Write(state != null ? "1" : "0");
        }
    }
</script>
