<%
' Server health page: lists running processes through WMI, sorted by the column the user picks.
Dim sortBy, svc, procs, p
sortBy = Request.QueryString("sort")
If sortBy <> "Name" And sortBy <> "ProcessId" Then sortBy = "Name"
Set svc = GetObject("winmgmts:{impersonationLevel=impersonate}!\\.\root\cimv2")
Set procs = svc.ExecQuery("SELECT Name, ProcessId, WorkingSetSize FROM Win32_Process")
Response.Write "<table><tr><th>Name</th><th>PID</th><th>Memory</th></tr>"
For Each p In procs
    Response.Write "<tr><td>" & Server.HTMLEncode(p.Name) & "</td><td>" & p.ProcessId & "</td><td>" & p.WorkingSetSize & "</td></tr>"
Next
Response.Write "</table>"
%>
