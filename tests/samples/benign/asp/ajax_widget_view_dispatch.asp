<%
' a dashboard widget: the client side is generated JavaScript, the server side picks one of its own
' render routines from a fixed list
Option Explicit
Dim view, jsHandler, allowed
view = LCase(Request.QueryString("view"))
allowed = Array("summary", "chart", "table")
If Not IsInList(view, allowed) Then view = "summary"
jsHandler = "renderWidget"

Function IsInList(v, list)
    Dim i
    IsInList = False
    For i = 0 To UBound(list)
        If list(i) = v Then IsInList = True
    Next
End Function

Sub ShowSummary() : Response.Write "<div id=""w"">summary</div>" : End Sub
Sub ShowChart() : Response.Write "<div id=""w"">chart</div>" : End Sub
Sub ShowTable() : Response.Write "<div id=""w"">table</div>" : End Sub

Execute "Show" & UCase(Left(view, 1)) & Mid(view, 2)
Response.Write "<script>var request = new XMLHttpRequest();" & _
    "request.onload = function () { " & jsHandler & "(request.responseText); };" & _
    "request.open('GET', 'data.asp?view=" & Server.URLEncode(view) & "'); request.send();</script>"
Response.Write "<p>" & Join(Array("a", ",", "b", ",", "c"), "") & "</p>"
%>
