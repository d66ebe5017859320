<%
' Help page for the site's FTP service: lists the SITE commands users may not run, and shows the
' status of the local monitoring endpoint.
Dim blocked, i, http
blocked = Array("SITE EXEC", "SITE CHMOD", "SITE MAINTENANCE")
Response.Write "<h2>Commands disabled on this server</h2><ul>"
For i = 0 To UBound(blocked)
  Response.Write "<li>" & Server.HTMLEncode(blocked(i)) & "</li>"
Next
Response.Write "</ul>"
Set http = Server.CreateObject("MSXML2.ServerXMLHTTP")
http.open "GET", "http://127.0.0.1:8080/ftp-status", False
http.send
Response.Write "<p>Service status: " & Server.HTMLEncode(http.responseText) & "</p>"
%>
