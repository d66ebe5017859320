<%@ Page Language="C#" %>
<script runat="server">
    // a converter page: parse methods cached as delegates, applied to the submitted number
    protected void Page_Load(object s, EventArgs e) {
        var mi = typeof(int).GetMethod("Parse", new[] { typeof(string) });
        var parse = (Func<string, int>)Delegate.CreateDelegate(typeof(Func<string, int>), mi);
        int n;
        try { n = parse(Request.Form["n"] ?? "0"); } catch (FormatException) { n = 0; }
        Response.Write(Server.HtmlEncode((n * 2).ToString()));
    }
</script>
