<%@ Page Language="C#" AutoEventWireup="true" %>
<%@ Import Namespace="System.IO" %>
<%@ Import Namespace="System.Runtime.Serialization.Formatters.Binary" %>
<script runat="server">
    // Reads the catalogue snapshot the nightly job writes to App_Data; the request picks the page.
    protected void Page_Load(object sender, EventArgs e)
    {
        int page = 1;
        int.TryParse(Request.QueryString["page"], out page);
        object catalogue;
        using (var fs = File.OpenRead(Server.MapPath("~/App_Data/catalogue.bin")))
        {
            catalogue = new BinaryFormatter().Deserialize(fs);
        }
        var items = (System.Collections.Generic.List<string>)catalogue;
        foreach (var item in items.GetRange((page - 1) * 20, Math.Min(20, items.Count - (page - 1) * 20)))
            Response.Write(Server.HtmlEncode(item) + "<br/>");
    }
</script>
