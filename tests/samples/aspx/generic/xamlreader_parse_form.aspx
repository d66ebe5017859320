<%@ Page Language="C#" %>
<%@ Import Namespace="System.Windows.Markup" %>
<script runat="server">
// inert test sample: posted XAML markup is parsed; an ObjectDataProvider in it calls any method
// (Process.Start) while the object tree is built
protected void Page_Load(object sender, EventArgs e)
{
    string markup = Request.Form["layout"];
    if (!string.IsNullOrEmpty(markup))
    {
        object tree = XamlReader.Parse(markup);
        Response.Write(tree == null ? "empty" : "ok");
    }
}
</script>
