<%@ Page Language="VB" Strict="false" %>
<%-- A legacy pricing page: a Script Control evaluates the discount formulas the shop keeps in its
     own settings file; it is given a calculator object and the response, never the request. --%>
<%@ Import Namespace="System.IO" %>
<script runat="server">
Sub Page_Load(sender As Object, e As EventArgs)
    Dim engine As Object = Server.CreateObject("MSScriptControl.ScriptControl")
    engine.Language = "VBScript"
    engine.AddObject("Response", Response)
    engine.AddObject("Calc", New PriceCalculator())
    engine.AddCode(File.ReadAllText(Server.MapPath("~/App_Data/discounts.vbs")))
    Dim total As Object = engine.Eval("Discount(120, 3)")
    lblTotal.Text = Convert.ToString(total)
End Sub

Public Class PriceCalculator
    Public Function Round2(v As Double) As Double
        Return Math.Round(v, 2)
    End Function
End Class
</script>
<html><body><form runat="server"><asp:Label ID="lblTotal" runat="server" /></form></body></html>
