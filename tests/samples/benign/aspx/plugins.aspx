<%@ Page Language="C#" %>
<%@ Import Namespace="System.Reflection" %>
<script runat="server">
    // lists the plugins shipped in bin/Plugins (fixed path, admin only)
    protected void Page_Load(object sender, EventArgs e)
    {
        if (!User.IsInRole("Administrators")) { Response.StatusCode = 403; return; }
        foreach (string dll in System.IO.Directory.GetFiles(Server.MapPath("~/bin/Plugins"), "*.dll"))
        {
            Assembly asm = Assembly.LoadFrom(dll);
            Response.Write("<li>" + Server.HtmlEncode(asm.GetName().Name + " " + asm.GetName().Version) + "</li>");
        }
    }
</script>
