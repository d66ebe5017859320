<%
' uptime badge: tells the company's status service which page asks and shows its answer as text
Dim self, http
self = "https://" & Request.ServerVariables("HTTP_HOST") & Request.ServerVariables("SCRIPT_NAME")
Set http = Server.CreateObject("MSXML2.ServerXMLHTTP")
http.Open "GET", "https://status.example.com/badge?page=" & self, False
http.Send
%>
<html><body>
<p>Service status: <%= Server.HTMLEncode(http.responseText) %></p>
</body></html>
