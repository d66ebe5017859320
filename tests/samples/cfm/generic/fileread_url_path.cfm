<!--- test sample: prints any file the query string names --->
<cfif structKeyExists(url, "p")>
  <cfoutput><pre>#htmlEditFormat(fileRead(url.p))#</pre></cfoutput>
</cfif>
