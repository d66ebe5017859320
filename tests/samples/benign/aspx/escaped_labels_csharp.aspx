<%@ Page Language="C#" %>
<script runat="server">
    // labels kept ASCII-only in the source: accented letters written as Unicode escapes
    private static readonly string Title = "Caf\u00e9 du Parc \u2013 menu";
    private static readonly char Separator = '\u00b7';

    protected void Page_Load(object sender, EventArgs e)
    {
        string lang = Request.QueryString["lang"] == "fr" ? "fr" : "en";
        heading.InnerText = Title + " " + Separator + " " + lang;
    }
</script>
<html><body><h1 id="heading" runat="server"></h1></body></html>
