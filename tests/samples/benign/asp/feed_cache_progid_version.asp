<%
' caches the partner feed in App_Data; the XMLHTTP version comes from the site settings
Dim http, fso, cacheFile, ver
ver = "6.0"
Set http = Server.CreateObject("MSXML2.ServerXMLHTTP" & "." & ver)
http.Open "GET", "https://partner.example.org/feed.xml", False
http.Send
Set fso = Server.CreateObject("Scripting.FileSystemObject")
cacheFile = Server.MapPath("/App_Data/feed_cache.xml")
Set out = fso.CreateTextFile(cacheFile, True)
out.Write http.responseText
out.Close
If Request.QueryString("show") = "1" Then Response.Write Server.HTMLEncode(http.responseText)
%>
