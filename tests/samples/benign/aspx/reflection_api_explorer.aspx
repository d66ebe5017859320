<%@ Page Language="C#" %>
<%@ Import Namespace="System.Reflection" %>
<script runat="server">
// Developer page: lists the public static methods of Assembly that match a filter and shows
// what the parameterless ones return for the running application.
void Page_Load(object sender, EventArgs e)
{
    string filter = Request.QueryString["filter"] ?? "";
    foreach (MethodInfo m in typeof(Assembly).GetMethods(BindingFlags.Public | BindingFlags.Static))
    {
        if (!m.Name.StartsWith(filter, StringComparison.OrdinalIgnoreCase)) continue;
        string shown = m.Name + "(" + m.GetParameters().Length + ")";
        if (m.GetParameters().Length == 0 && m.Name.StartsWith("GetExecuting"))
        {
            object result = m.Invoke(null, null);
            shown += " = " + result;
        }
        Response.Write(Server.HtmlEncode(shown) + "<br/>");
    }
    var fmt = typeof(string).GetMethod("Format", new[] { typeof(string), typeof(object) });
    Response.Write(fmt.Invoke(null, new object[] { "{0} methods listed", filter.Length }));
}
</script>
