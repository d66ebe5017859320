<%@ Page Language="C#" %>
<script runat="server">
    // Catalogue page: short links are built as "/c" + category and "/p" + product from the query.
    void Page_Load(object sender, EventArgs e)
    {
        int category, product;
        int.TryParse(Request.QueryString["cat"], out category);
        int.TryParse(Request.QueryString["item"], out product);
        CategoryLink.NavigateUrl = "/c" + category;
        ProductLink.NavigateUrl = "/p" + product + "?ref=" + Server.UrlEncode(Request.QueryString["ref"] ?? "");
    }
</script>
<asp:HyperLink ID="CategoryLink" runat="server" Text="Category" />
<asp:HyperLink ID="ProductLink" runat="server" Text="Product" />
