<%
' site settings: constants defined from a template with the shop's own values
Dim tpl, defs
tpl = "Const SHOP_NAME = ""{name}"" : Const SHOP_CURRENCY = ""{cur}"""
defs = Replace(tpl, "{name}", "Corner Shop")
defs = Replace(defs, "{cur}", "EUR")
ExecuteGlobal defs
Response.Write "<h1>" & Server.HTMLEncode(SHOP_NAME) & "</h1>"
%>
