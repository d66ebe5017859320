<%@ Page Language="JScript" %>
<script runat="server">
// benign look-alike: a JScript.NET report page; "unsafe" appears only as a CSS class and in a
// message, the only eval is of a constant
function Page_Load() {
    var total = eval("2 + 3");
    var q = Server.HtmlEncode(Request.QueryString["q"]);
    Response.Write('<p class="unsafe">Total: ' + total + ' for ' + q + '</p>');
    Response.Write(String.Format("{0}, {1}", q, "unsafe characters removed"));
}
</script>
