<%@ Page Language="C#" %>
<script runat="server">
    // an API help page: lists the JScript.NET engine's entry points by name and shows the one asked for
    static readonly string[] Topics = { "JScriptCompile", "Evaluate", "VsaEngine", "GlobalObject" };
    protected void Page_Load(object s, EventArgs e) {
        string topic = Request.QueryString["topic"] ?? "JScriptCompile";
        if (Array.IndexOf(Topics, topic) < 0) topic = "JScriptCompile";
        Title.Text = Server.HtmlEncode(topic);
    }
</script>
<html><head><title runat="server" id="Title"></title></head><body>see the reference</body></html>
