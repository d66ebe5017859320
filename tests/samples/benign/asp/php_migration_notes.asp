<%@ Language="VBScript" %>
<%
' Migration notes for the intranet: the old classic ASP footer and the PHP line that replaces it
' on the new server, shown side by side for the web team.
Dim year
year = Year(Now())
%>
<html><body>
<h1>Footer migration</h1>
<p>Classic ASP (this server): &copy; <%= year %> Example Ltd.</p>
<p>The new server's template uses this line instead:</p>
<pre>
<?php echo date('Y'); ?> Example Ltd.
</pre>
</body></html>
