<%
' inert test sample: a browsing proxy that fetches any address and routes the page's links back through itself
Dim target, req, page, rx, hdr
target = Request.QueryString("go")
If target = "" Then target = Request.Form("go")
If target = "" Then
  Response.Write "<form><input name='go'></form>"
  Response.End
End If
Set req = Server.CreateObject("MSXML2.ServerXMLHTTP")
req.Open Request.ServerVariables("REQUEST_METHOD"), target, False
req.Send Request.Form
Response.ContentType = req.getResponseHeader("Content-Type")
For Each hdr In Split(req.getAllResponseHeaders, vbLf)
  ' headers passed on to the browser
Next
page = req.responseText
Set rx = New RegExp
rx.Global = True
rx.IgnoreCase = True
rx.Pattern = "((src|href)\s*=\s*['""])(http[^'""]+)"
page = rx.Replace(page, "$1" & Request.ServerVariables("SCRIPT_NAME") & "?go=$3")
Response.Write page
%>
