<!--- a health page: reads the server process's own memory and uptime through .NET --->
<cfparam name="url.format" default="html">
<cfset proc = createObject(".NET", "System.Diagnostics.Process").GetCurrentProcess()>
<cfset mb = proc.get_WorkingSet64() / 1048576>
<cfif url.format eq "json">
<cfoutput>{"workingSetMB": #numberFormat(mb, "0")#}</cfoutput>
<cfelse>
<cfoutput><p>Working set: #numberFormat(mb, "0")# MB</p></cfoutput>
</cfif>
