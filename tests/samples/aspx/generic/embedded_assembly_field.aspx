<%@ Page Language="C#" %>
<%-- inert sample: an installer page that loads an assembly kept Base64-encoded in a field (only a
     DOS header and a PE signature here: nothing loads) and runs a method of it by reflection --%>
<script runat="server">
    static readonly string Module = "TVqQAAMAAAAEAAAA//8AALgAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAA4fug4AtAnNIbgBTM0hVGhpcyBwcm9ncmFtIGNhbm5vdCBiZSBydW4gaW4gRE9TIG1vZGUuDQ0KJAAAAAAAAABQRQAATAEAAA==";

    void Page_Load(object sender, EventArgs e)
    {
        byte[] raw = Convert.FromBase64String(Module);
        object o = System.Reflection.Assembly.Load(raw).CreateInstance("Init");
        o.GetType().GetMethod("Run").Invoke(o, null);
    }
</script>
