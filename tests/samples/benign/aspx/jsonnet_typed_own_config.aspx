<%@ Page Language="C#" %>
<%@ Import Namespace="Newtonsoft.Json" %>
<script runat="server">
    // a dashboard: its own widget layout (with type names) read from App_Data; the client's
    // filter parsed into a fixed type with type names off
    class Filter { public string Region; public int Days; }
    protected void Page_Load(object s, EventArgs e) {
        var typed = new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.Auto };
        var layout = JsonConvert.DeserializeObject(System.IO.File.ReadAllText(Server.MapPath("~/App_Data/layout.json")), typed);
        var filter = JsonConvert.DeserializeObject<Filter>(Request.Form["filter"] ?? "{}");
        Response.Write(Server.HtmlEncode(filter.Region ?? "all") + (layout == null ? "" : " *"));
    }
</script>
