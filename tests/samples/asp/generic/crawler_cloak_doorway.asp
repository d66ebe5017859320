<%@ Language="VBScript" %>
<%
' test sample (inert: example.com/example.net addresses): crawlers are shown a copy of another
' site's page, people are sent on to a third site
Option Explicit
Dim ua, src, body, http
src = "http://www.example.com/catalog/"
ua = LCase(Request.ServerVariables("HTTP_USER_AGENT"))
If InStr(1, ua, "spider") = 0 And InStr(ua, "googlebot") = 0 Then
    Response.Redirect "http://shop.example.net/?k=" & Server.URLEncode(Request.ServerVariables("SCRIPT_NAME"))
    Response.End
End If
Set http = Server.CreateObject("MSXML2.ServerXMLHTTP")
http.Open "GET", src & Request.QueryString, False
http.Send
body = http.responseText
body = Replace(body, "href=""/", "href=""" & src)
Response.Write body
%>
