<%
' A CMS page that records search terms in the site's own log file: the file name is fixed, the
' request only supplies the text that is appended.
Option Explicit
Dim term, note

Sub AppendLog(ByVal text)
    Dim fso, f, logPath
    logPath = Server.MapPath("/App_Data/search.log")
    Set fso = Server.CreateObject("Scripting.FileSystemObject")
    Set f = fso.OpenTextFile(logPath, 8, True)
    f.WriteLine Now() & vbTab & Replace(text, vbCrLf, " ")
    f.Close
End Sub

Function Clean(s)
    Clean = Left(Trim(s), 200)
End Function

term = Request.QueryString("q")
note = Clean(term)
If Len(note) > 0 Then AppendLog note
Response.Write "<p>Results for " & Server.HTMLEncode(note) & "</p>"
%>
