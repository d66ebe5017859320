<!--- A remote method that reports disk usage with a fixed command; its argument only picks
      the unit, checked against a list. --->
<cfcomponent>
    <cffunction name="usage" access="remote" returntype="string" returnformat="json">
        <cfargument name="unit" type="string" default="h">
        <cfif NOT listFind("h,k,m", arguments.unit)><cfset arguments.unit = "h"></cfif>
        <cfexecute name="/bin/df" arguments="-#arguments.unit#" variable="local.out" timeout="5"></cfexecute>
        <cfreturn serializeJSON({"out": local.out})>
    </cffunction>
</cfcomponent>
