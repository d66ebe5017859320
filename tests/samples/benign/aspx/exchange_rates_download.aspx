<%@ Page Language="C#" %>
<%-- A nightly job's page: a fixed feed saved to App_Data, then shown for the currency asked. --%>
<%
    string file = Server.MapPath("~/App_Data/rates.xml");
    if (!System.IO.File.Exists(file) || System.IO.File.GetLastWriteTimeUtc(file) < DateTime.UtcNow.AddHours(-12))
    {
        using (var wc = new System.Net.WebClient())
        {
            wc.DownloadFile("https://rates.example.com/daily.xml", file);
        }
    }
    var doc = System.Xml.Linq.XDocument.Load(file);
    string cur = Request.QueryString["cur"] ?? "EUR";
    foreach (var r in doc.Descendants("rate"))
    {
        if ((string)r.Attribute("code") == cur) { Response.Write(Server.HtmlEncode((string)r.Attribute("value"))); }
    }
%>
