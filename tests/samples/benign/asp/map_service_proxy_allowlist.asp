<%
' Map widget proxy: forwards the widget's requests to the configured map servers only.
Dim target, allowed, ok, i, req
allowed = Array("https://maps.example.org/", "https://tiles.example.org/")
target = Request.QueryString("u")
ok = False
For i = 0 To UBound(allowed)
  If Left(target, Len(allowed(i))) = allowed(i) Then ok = True
Next
If Not ok Then
  Response.Status = "403 Forbidden"
  Response.End
End If
Set req = Server.CreateObject("MSXML2.ServerXMLHTTP")
req.Open "GET", target, False
req.Send
Response.ContentType = req.getResponseHeader("Content-Type")
Response.AddHeader "X-Upstream", Left(req.getAllResponseHeaders, 0)
Response.BinaryWrite req.responseBody
%>
