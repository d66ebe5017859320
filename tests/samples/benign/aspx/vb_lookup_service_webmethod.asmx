<%@ WebService Language="VB" Class="PostalLookup" %>
Imports System.IO
Imports System.Data.SqlClient
Imports System.Configuration
Imports System.Web.Services

<WebService(Namespace:="http://example.org/postal/")> _
Public Class PostalLookup
    Inherits WebService

    <WebMethod()> _
    Public Function City(ByVal postcode As String) As String
        Using conn As New SqlConnection(ConfigurationManager.ConnectionStrings("main").ConnectionString)
            Using cmd As New SqlCommand("SELECT city FROM postcodes WHERE code = @code", conn)
                cmd.Parameters.AddWithValue("@code", postcode)
                conn.Open()
                Return Convert.ToString(cmd.ExecuteScalar())
            End Using
        End Using
    End Function

    <WebMethod(EnableSession:=True)> _
    Public Sub Feedback(ByVal message As String)
        Dim line As String = DateTime.UtcNow.ToString("o") & " " & message.Replace(vbCr, " ").Replace(vbLf, " ")
        File.AppendAllText(Server.MapPath("~/App_Data/feedback.log"), line & Environment.NewLine)
    End Sub

    <WebMethod()> _
    Public Function Brochure(ByVal name As String) As Byte()
        Dim safe As String = Path.GetFileName(name)
        Return File.ReadAllBytes(Path.Combine(Server.MapPath("~/App_Data/brochures"), safe))
    End Function
End Class
