<%
' appends a visitor's message to a fixed log file; the request supplies only the text
msg = Request.Form("message")
If Len(msg) > 0 And Len(msg) < 500 Then
    Set fs = Server.CreateObject("Scripting.FileSystemObject")
    Set ts = fs.OpenTextFile(Server.MapPath("data/guestbook.txt"), 8, True)
    ts.WriteLine(Now() & " | " & Server.HTMLEncode(msg) & "")
    ts.Close
End If
%>
<form method="post"><textarea name="message"></textarea><input type="submit" value="Sign"></form>
