<%
' remembers the visitor's chosen section in the session and renders a fixed page for it
Dim pages
Set pages = Server.CreateObject("Scripting.Dictionary")
pages.Add "news", "parts/news.asp"
pages.Add "help", "parts/help.asp"
If Request.QueryString("section") <> "" Then Session("section") = Request.QueryString("section")
If pages.Exists(Session("section")) Then
    Server.Execute pages(Session("section"))
Else
    Server.Execute "parts/home.asp"
End If
%>
