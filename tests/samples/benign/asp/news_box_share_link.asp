<%
' news box: a fixed partner feed shown as is, and a link to share this page by mail
Dim here, http
here = "https://" & Request.ServerVariables("HTTP_HOST") & Request.ServerVariables("URL")
Set http = Server.CreateObject("MSXML2.ServerXMLHTTP")
http.Open "GET", "https://partner.example.org/box.html", False
http.Send
Response.Write http.responseText
%>
<a href="mailto:?subject=News&amp;body=<%= Server.URLEncode(here) %>">Share this page</a>
