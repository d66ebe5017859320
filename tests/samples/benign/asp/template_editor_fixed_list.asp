<%
' A theme editor that saves one of three known templates; the name is checked against a fixed
' list (anything else falls back to the header) and the request supplies only the content.
Dim tpl, html, fso, f, file

tpl = LCase(Request.Form("tpl"))
If tpl <> "header" And tpl <> "footer" And tpl <> "sidebar" Then tpl = "header"
html = Request.Form("html")
file = Server.MapPath("/templates/" & tpl & ".htm")
Set fso = Server.CreateObject("Scripting.FileSystemObject")
Set f = fso.CreateTextFile(file, True)
f.Write html
f.Close
Response.Write "saved " & Server.HTMLEncode(tpl)
%>
