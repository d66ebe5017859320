' Site settings helper: reads the culture cookie and the configured theme for the master page.
Imports System
Imports System.Configuration
Imports System.Web

Public NotInheritable Class SiteSettings
    Private Sub New()
    End Sub

    Public Shared Function Culture(ByVal context As HttpContext) As String
        Dim cookie As HttpCookie = context.Request.Cookies("culture")
        If cookie Is Nothing Then Return "en-US"
        Select Case cookie.Value
            Case "de-DE", "fr-FR", "en-GB"
                Return cookie.Value
            Case Else
                Return "en-US"
        End Select
    End Function

    Public Shared Function Theme() As String
        Dim value As String = ConfigurationManager.AppSettings("Theme")
        If String.IsNullOrEmpty(value) Then Return "Default"
        Return value
    End Function
End Class
