<%@ Language="JScript" %>
<%
var req = Request;
var name = String(req.Form("name") || "");
var topic = String(req.QueryString("topic") || "general");
function h(s) { return Server.HTMLEncode(s); }
var lines = [];
lines.push("Thank you, " + h(name) + ".");
lines.push("Topic: " + h(topic));
%>
<html><body>
<form method="post" action="contact.asp">
  <input name="name" value="<%= h(name) %>">
  <input type="submit" value="Send">
</form>
<p><%= lines.join("<br>") %></p>
<script type="text/javascript">
  var saved = eval("(" + document.getElementById("cfg").innerHTML + ")");
</script>
</body></html>
