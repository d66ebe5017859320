<%
' user preferences kept in an object of the page's own class and written back HTML-encoded
Class Prefs
    Private theme
    Public Property Let Skin(v)
        theme = v
    End Property
    Public Property Get Skin()
        Skin = theme
    End Property
End Class
Dim p
Set p = New Prefs
p.Skin = Request.Cookies("skin")
Execute "Dim shown: shown = 1"
Response.Write "<link rel=""stylesheet"" href=""/css/" & Server.HTMLEncode(p.Skin) & ".css"">"
%>
