<%@ Page Language="C#" AutoEventWireup="true" %>
<%@ Import Namespace="System.CodeDom.Compiler" %>
<%@ Import Namespace="Microsoft.CSharp" %>
<%@ Import Namespace="System.IO" %>
<script runat="server">
    // Pricing rules: compiled once from the rule file kept in App_Data (edited by the finance team
    // through source control); the request only supplies the quantity the rule is applied to.
    static System.Reflection.MethodInfo rule;

    protected void Page_Load(object sender, EventArgs e)
    {
        if (rule == null)
        {
            string source = File.ReadAllText(Server.MapPath("~/App_Data/PricingRule.cs"));
            var provider = new CSharpCodeProvider();
            var options = new CompilerParameters { GenerateInMemory = true };
            options.ReferencedAssemblies.Add("System.dll");
            CompilerResults results = provider.CompileAssemblyFromSource(options, source);
            rule = results.CompiledAssembly.GetType("PricingRule").GetMethod("Price");
        }
        int qty;
        int.TryParse(Request.QueryString["qty"], out qty);
        Price.Text = rule.Invoke(null, new object[] { qty }).ToString();
    }
</script>
<html><body>Price: <asp:Literal ID="Price" runat="server" /></body></html>
