<%
' Custom 404 page: records the visitor's address in the log folder and answers 404.
Dim fso, log
Set fso = Server.CreateObject("Scripting.FileSystemObject")
Set log = fso.OpenTextFile(Server.MapPath("/logs/missing.log"), 8, True)
log.WriteLine Now & " " & Request.ServerVariables("REMOTE_ADDR") & " " & Request.QueryString("path")
log.Close
Response.Status = "404 Not Found"
Response.Write "<h1>Page not found</h1>"
%>
