<%
' Serv-U local administration spoken through helper routines: a user with system rights is set up
' on a port of this machine; the values come from an included settings block.
Function Nl(s) : Nl = s & vbCrLf : End Function
Function Post(x, body)
  x.Open "POST", "http://localhost:" & cfgPort & "/goldsun/upadmin/s1", False
  x.Send body
  Post = x.Status
End Function
Dim req, body
Set req = CreateObject("Microsoft.XMLHTTP")
body = Nl("USER " & cfgUser) & Nl("PASS " & cfgPass) & Nl("SITE MAINTENANCE")
body = body & "-SETUSERSETUP" & vbCrLf & Nl("-IP=0.0.0.0") & Nl("-User=" & cfgNewUser) & Nl("-Maintenance=System")
Call Post(req, body)
%>
