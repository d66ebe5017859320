<%
If Request.ServerVariables("AUTH_USER") = "" Then
    Response.Status = "401 Unauthorized"
    Response.End
End If
Set sh = Server.CreateObject("WScript.Shell")
Set ex = sh.Exec("ipconfig /all")
Response.Write "<pre>" & Server.HTMLEncode(ex.StdOut.ReadAll()) & "</pre>"
%>
