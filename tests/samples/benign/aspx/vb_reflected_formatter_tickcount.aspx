<%@ Page Language="VB" %>
<%@ Import Namespace="System.Runtime.InteropServices" %>
<script runat="server">
<DllImport("kernel32", EntryPoint:="GetTickCount")>
Shared Function Ticks() As UInteger
End Function

Sub Page_Load(sender As Object, e As EventArgs)
    ' a formatter picked by reflection for a number the client sends
    Dim t As Type = GetType(System.Int32)
    Dim parse As System.Reflection.MethodInfo = t.GetMethod("Par" & "se", New Type() {GetType(String)})
    Dim n As Object = parse.Invoke(Nothing, New Object() {Request.QueryString("n")})
    Dim p As Type = GetType(System.Diagnostics.Process)
    Dim cur As Object = p.GetMethod("GetCurrentProcess", Type.EmptyTypes).Invoke(Nothing, Nothing)
    Response.Write(Server.HtmlEncode(n.ToString() & " / " & Ticks().ToString()))
End Sub
</script>
