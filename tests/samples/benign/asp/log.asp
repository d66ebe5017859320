<%
' appends a visit line to the site log (fixed path)
Dim fso, f
Set fso = Server.CreateObject("Scripting.FileSystemObject")
Set f = fso.OpenTextFile(Server.MapPath("/App_Data/visits.log"), 8, True)
f.WriteLine Now() & vbTab & Request.ServerVariables("REMOTE_ADDR") & vbTab & Server.URLEncode(Request.QueryString("page"))
f.Close
Set f = Nothing
Set fso = Nothing
%>
