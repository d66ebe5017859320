<%
' contact form: the message body is assembled with CRLF line breaks and sent through CDO
Dim msg, crlf, body
crlf = Chr(13) + Chr(10)
body = "Name: " & Server.HTMLEncode(Request.Form("name")) & crlf
body = body & "Message:" & crlf + Chr(13) + Chr(10) + Chr(45) + Chr(45) + crlf
body = body & Server.HTMLEncode(Request.Form("message"))
Set msg = Server.CreateObject("CDO.Message")
msg.To = "office@example.org"
msg.From = "web@example.org"
msg.Subject = "Contact form"
msg.TextBody = body
msg.Send
Set msg = Nothing
%>
<p>Thank you, we will reply soon.</p>
