<%@ Language="VBScript" %>
<%
' News box: crawlers are sent to the static archive, people see the partner feed, encoded.
Option Explicit
Dim agent, http, feed
agent = Request.ServerVariables("HTTP_USER_AGENT")
If InStr(1, LCase(agent), "bot") > 0 Then
    Response.Redirect "https://archive.example.org/news/"
End If
Set http = Server.CreateObject("MSXML2.ServerXMLHTTP")
http.Open "GET", "https://partner.example.org/feed.txt", False
http.Send
feed = Server.HTMLEncode(http.responseText)
Response.Write "<pre class=""feed"">" & feed & "</pre>"
%>
