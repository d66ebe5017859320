<%
' stores a feedback message in the site's own data folder (fixed name, request only supplies text)
Dim msg, fso, f, lang, menu
msg = Request.Form("message")
lang = Request.QueryString("lang")
If lang <> "de" And lang <> "fr" Then lang = "en"
Set fso = Server.CreateObject("Scripting.FileSystemObject")
If Len(msg) > 0 Then
    Set f = fso.OpenTextFile(Server.MapPath("/App_Data") & "\" & "feedback.txt", 8, True)
    f.WriteLine Now() & vbTab & msg
    f.Close
End If
' the menu cache for the chosen language is rebuilt from the database, never from the request
Set f = fso.CreateTextFile(Server.MapPath("/App_Data/cache") & "\menu-" & lang & ".html", True)
f.Write BuildMenu(lang)
f.Close
Response.Write "Thank you"
%>
