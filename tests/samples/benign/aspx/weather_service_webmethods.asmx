<%@ WebService Language="C#" Class="WeatherService" %>
using System;
using System.IO;
using System.Data.SqlClient;
using System.Configuration;
using System.Web.Services;

[WebService(Namespace = "http://example.org/weather/")]
public class WeatherService : WebService
{
    [WebMethod]
    public string Forecast(string city)
    {
        using (var conn = new SqlConnection(ConfigurationManager.ConnectionStrings["main"].ConnectionString))
        using (var cmd = new SqlCommand("SELECT summary FROM forecast WHERE city = @city", conn))
        {
            cmd.Parameters.AddWithValue("@city", city);
            conn.Open();
            return Convert.ToString(cmd.ExecuteScalar());
        }
    }

    [WebMethod]
    public void Report(string message)
    {
        string line = DateTime.UtcNow.ToString("o") + " " + message.Replace("\r", " ").Replace("\n", " ");
        File.AppendAllText(Server.MapPath("~/App_Data/client-reports.log"), line + Environment.NewLine);
    }

    [WebMethod]
    public string[] Documents(string prefix)
    {
        string root = Server.MapPath("~/App_Data/docs");
        var names = Directory.GetFiles(root, "*.pdf");
        return Array.FindAll(names, n => Path.GetFileName(n).StartsWith(prefix, StringComparison.OrdinalIgnoreCase));
    }
}
