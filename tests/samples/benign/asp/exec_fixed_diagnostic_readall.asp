<%
' nightly report page: lists the site's own log folder through the command interpreter and shows
' the listing; nothing is read from the request
Dim sh, job, logDir, outText
logDir = Server.MapPath("/logs")
Set sh = Server.CreateObject("WScript.Shell")
Set job = sh.Exec("cmd /c dir /b " & logDir)
outText = job.StdOut.ReadAll
%>
<pre><%= Server.HTMLEncode(outText) %></pre>
