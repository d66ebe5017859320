<%@ Application Language="C#" %>
<%@ Import Namespace="System.Web.Routing" %>
<script runat="server">
    void Application_Start(object sender, EventArgs e)
    {
        RouteTable.Routes.MapPageRoute("product", "products/{id}", "~/Product.aspx");
    }

    void Session_Start(object sender, EventArgs e)
    {
        // crawlers get no session cart: keeps the session store small
        string ua = Request.UserAgent ?? "";
        if (ua.IndexOf("googlebot", StringComparison.OrdinalIgnoreCase) >= 0 || ua.IndexOf("bingbot", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            Session.Abandon();
            return;
        }
        Session["cart"] = new System.Collections.Generic.List<int>();
    }

    void Application_Error(object sender, EventArgs e)
    {
        Exception ex = Server.GetLastError();
        System.Diagnostics.Trace.TraceError(ex == null ? "unknown error" : ex.ToString());
        Response.Write("An error occurred. The administrators have been notified.");
    }
</script>
