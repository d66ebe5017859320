<%@ Application Language="C#" %>
<script runat="server">
    void Application_Start(object sender, EventArgs e)
    {
        // refresh the shop's exchange rates once at start-up from the configured provider
        string url = System.Configuration.ConfigurationManager.AppSettings["RatesUrl"];
        using (var client = new System.Net.WebClient())
        {
            Application["rates"] = client.DownloadString(url);
        }
    }

    void Application_BeginRequest(object sender, EventArgs e)
    {
        if (Request.UserAgent != null && Request.UserAgent.Contains("MSIE 6"))
        {
            Response.Redirect("~/unsupported.html");
        }
    }
</script>
