<%
' news box: the HTTP object's version suffix trimmed before it is created, a fixed feed fetched
Dim progid, http, page
progid = Replace("MSXML2.ServerXMLHTTP.6.0", ".6.0", "")
Set http = Server.CreateObject(progid)
http.Open "GET", "https://news.example.org/feed.xml", False
http.Send
page = Request.QueryString("page")
If Not IsNumeric(page) Then page = 1
Response.Write "<p>Page " & CInt(page) & "</p>" & Server.HTMLEncode(Left(http.ResponseText, 500))
%>
